using System.Globalization;
using System.Text.RegularExpressions;

namespace Ews.ImGroups.Host.Tests.Infrastructure;

/// <summary>
/// A scrape in Prometheus' text format, read into its samples and metric types. Samples are looked up by name and the
/// labels a test cares about, so labels the exporter adds of its own (the meter's name, say) do not get in the way.
/// </summary>
public sealed partial class PrometheusText
{
    public const string MetricsPath = "/metrics";

    private PrometheusText(IReadOnlyList<Sample> samples, IReadOnlyDictionary<string, string> types)
    {
        Samples = samples;
        Types = types;
    }

    public IReadOnlyList<Sample> Samples { get; }

    /// <summary>Each metric family's <c># TYPE</c>: counter, gauge, histogram.</summary>
    public IReadOnlyDictionary<string, string> Types { get; }

    public static async Task<PrometheusText> ScrapeAsync(HttpClient http) =>
        Parse(await http.GetStringAsync(new Uri(MetricsPath, UriKind.Relative)));

    /// <summary>
    /// Scrapes until the journal's gauge has reached <paramref name="entries"/> (for five seconds at most): the journal
    /// takes an exchange once its answer has gone out, so a scrape right after the answer may come first.
    /// </summary>
    public static async Task<PrometheusText> ScrapeWithJournalAsync(HttpClient http, double entries)
    {
        var metrics = await ScrapeAsync(http);
        for (var attempt = 0; attempt < 50 && metrics.Matching("ews_journal_entries").Sum(s => s.Value) < entries; attempt++)
        {
            await Task.Delay(100);
            metrics = await ScrapeAsync(http);
        }

        return metrics;
    }

    public static PrometheusText Parse(string text)
    {
        var samples = new List<Sample>();
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith("# TYPE ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ');
                types[parts[2]] = parts[3];
                continue;
            }

            if (line.StartsWith('#'))
            {
                continue;
            }

            var match = SampleLine().Match(line);
            match.Success.Should().BeTrue($"every sample line has a name, optional labels and a value: {line}");
            var labels = LabelPair().Matches(match.Groups["labels"].Value)
                .ToDictionary(l => l.Groups["name"].Value, l => Unescape(l.Groups["value"].Value), StringComparer.Ordinal);
            samples.Add(new Sample(match.Groups["name"].Value, labels, Number(match.Groups["value"].Value)));
        }

        return new PrometheusText(samples, types);
    }

    /// <summary>The samples of one name that carry all the given labels with the given values.</summary>
    public IEnumerable<Sample> Matching(string name, params (string Label, string Value)[] labels) =>
        Samples.Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Label, out var value) && value == l.Value));

    /// <summary>The value of the one sample matching; fails when there is none or more than one.</summary>
    public double Value(string name, params (string Label, string Value)[] labels)
    {
        var found = Matching(name, labels).ToList();
        found.Should().ContainSingle($"one {name} sample has {string.Join(", ", labels.Select(l => $"{l.Label}=\"{l.Value}\""))}");
        return found[0].Value;
    }

    private static double Number(string value) => value switch
    {
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        _ => double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static string Unescape(string value) =>
        value.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);

    [GeneratedRegex("""^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(?<labels>.*)\})? (?<value>\S+)(?: \S+)?$""")]
    private static partial Regex SampleLine();

    [GeneratedRegex("""(?<name>[a-zA-Z_][a-zA-Z0-9_]*)="(?<value>(?:[^"\\]|\\.)*)",?""")]
    private static partial Regex LabelPair();

    public sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);
}
