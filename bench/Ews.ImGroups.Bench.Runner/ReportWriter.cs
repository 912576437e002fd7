using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Ews.ImGroups.Bench.Runner;

/// <summary>Renders the report as Markdown and JSON, and puts the Markdown into the marked section of the benchmark page.</summary>
public static class ReportWriter
{
    public const string TableStart = "<!-- bench:start -->";
    public const string TableEnd = "<!-- bench:end -->";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // A file for people and scripts, never embedded in HTML: keep ×, ≥ and + readable instead of \u-escaped.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToJson(BenchReport report) => JsonSerializer.Serialize(report, Json);

    public static string ToMarkdown(BenchReport report)
    {
        var settings = report.Settings;
        var text = new StringBuilder();
        Line(text, $"Measured {report.Finished:yyyy-MM-dd} on {report.Machine.Cores} cores (.NET {report.Machine.Runtime}, {report.Machine.Wrk}): " +
            $"{settings.Connections} connections, {settings.Threads} wrk threads, {settings.Duration} per scenario after {settings.Warmup} of warm-up.");
        Line(text, string.Empty);
        Line(text, "| Scenario | req/s | p50 ms | p99 ms | server CPU ms/req | alloc KB/req | non-2xx | 5xx | EWS errors | socket errors | × baseline | target |");
        Line(text, "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|");
        foreach (var scenario in (ScenarioResult[])[report.Baseline, .. report.Scenarios])
        {
            var f = scenario.Figures;
            Line(text, $"| {scenario.Title} | {f.RequestsPerSecond:N0} | {Ms(f.P50Microseconds)} | {Ms(f.P99Microseconds)} | " +
                $"{Ms(scenario.ServerCpuMilliseconds)} | {Kb(scenario.AllocatedKilobytes)} | {f.Non2xx:N0} | " +
                $"{f.Status5xx:N0} | {(scenario.BodiesChecked ? f.EwsErrors.ToString("N0", Invariant) : "–")} | {f.SocketErrors:N0} | " +
                $"{scenario.RatioToBaseline:F2} | {Mark(scenario.Check)} |");
        }

        var memory = report.Memory;
        var start = report.Start;
        Line(text, string.Empty);
        Line(text, $"- **Memory** (resident): peak {Mb(memory.ScenarioPeakBytes)} over the scenarios above (the baseline's: " +
            $"{Mb(memory.BaselinePeakBytes)}) — {Mark(memory.ScenarioCheck)}; on a fresh server seeded with " +
            $"{memory.Seeded} (seeded in {memory.SeedingSeconds:F1} s): {Mb(memory.IdleBytes)} before seeding, {Mb(memory.SeededBytes)} after, " +
            $"peak {Mb(memory.SeededPeakBytes)} after reading those lists under load — {Mark(memory.SeededCheck)}");
        Line(text, $"- **Start to first AddImGroup** (empty data directory, median of {start.Milliseconds.Count}): {start.MedianMilliseconds:F0} ms " +
            $"({string.Join(", ", start.Milliseconds.Select(ms => ms.ToString("F0", Invariant)))}) — {Mark(start.Check)}");
        Line(text, string.Empty);
        WriteGrowth(text, report);
        Line(text, string.Empty);
        Line(text, $"- **{Benchmark.LargeListPersonas:N0} personas, one connection**: {Mark(report.LargeListOneClient)}");
        return text.ToString();
    }

    /// <summary>Replaces what stands between the page's markers; fails when they are missing.</summary>
    public static async Task UpdatePageAsync(string page, string markdown, CancellationToken cancellationToken = default)
    {
        var text = await File.ReadAllTextAsync(page, cancellationToken);
        var start = text.IndexOf(TableStart, StringComparison.Ordinal);
        var end = text.IndexOf(TableEnd, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidOperationException($"{page} has no {TableStart} … {TableEnd} section to replace.");
        }

        var before = text[..(start + TableStart.Length)];
        await File.WriteAllTextAsync(page, $"{before}\n{markdown}{text[end..]}", cancellationToken);
    }

    private static void WriteGrowth(StringBuilder text, BenchReport report)
    {
        var connections = report.Growth.Select(g => g.Connections).Distinct().Order().ToArray();
        Line(text, $"GetImItemList as the list grows (one mailbox, {Benchmark.GrowthGroups} groups, {report.Settings.GrowthDuration} per run):");
        Line(text, string.Empty);
        Line(text, "| Personas | " + string.Join(" | ", connections.Select(c => $"{Connections(c)}: p50 / p99 ms | req/s | CPU ms/req | alloc KB/req")) + " |");
        Line(text, "|--:|" + string.Concat(connections.Select(_ => "--:|--:|--:|--:|")));
        foreach (var personas in report.Growth.GroupBy(g => g.Personas))
        {
            var cells = connections.Select(c => personas.FirstOrDefault(g => g.Connections == c)).Select(g => g is null
                ? "– | – | – | –"
                : $"{Ms(g.Figures.P50Microseconds)} / {Ms(g.Figures.P99Microseconds)} | {g.Figures.RequestsPerSecond:N0} | " +
                    $"{Ms(g.ServerCpuMilliseconds)} | {Kb(g.AllocatedKilobytes)}");
            Line(text, $"| {personas.Key:N0} | {string.Join(" | ", cells)} |");
        }
    }

    private static string Connections(int count) => count == 1 ? "1 connection" : $"{count} connections";

    private static string Mark(Check? check) => check is null ? string.Empty : check.Met ? $"✓ pass ({check.Goal})" : $"✗ miss ({check.Goal})";

    private static string Ms(long microseconds) => Ms(Benchmark.Milliseconds(microseconds));

    private static string Ms(double milliseconds) => ThreeFigures(milliseconds);

    private static string Kb(double kilobytes) => ThreeFigures(kilobytes);

    /// <summary>More decimals for small values, so that each figure keeps about three significant digits.</summary>
    private static string ThreeFigures(double value) =>
        value.ToString(value < 1 ? "F3" : value < 10 ? "F2" : value < 100 ? "F1" : "F0", Invariant);

    private static string Mb(long bytes) => Benchmark.Megabytes(bytes).ToString("F0", Invariant) + " MB";

    private static void Line(StringBuilder text, FormattableString line) => text.Append(FormattableString.Invariant(line)).Append('\n');

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
