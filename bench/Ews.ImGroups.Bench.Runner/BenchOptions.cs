using System.Globalization;
using System.Text.RegularExpressions;

namespace Ews.ImGroups.Bench.Runner;

/// <summary>What to run and how hard; bench/run.sh passes these, from its flags or environment variables.</summary>
public sealed partial record BenchOptions
{
    /// <summary>The published server's executable.</summary>
    public required string Server { get; init; }

    /// <summary>The published baseline's executable.</summary>
    public required string Baseline { get; init; }

    /// <summary>The wrk Lua script that builds the requests.</summary>
    public required string Script { get; init; }

    /// <summary>Where latest.json and latest.md go.</summary>
    public required string Out { get; init; }

    /// <summary>Scratch space: data directories, server logs, wrk target lists.</summary>
    public required string Work { get; init; }

    /// <summary>The documentation page (docs/benchmark.md) whose marked section gets the new table, or none.</summary>
    public string? DocsPage { get; init; }

    public string Duration { get; init; } = "10s";
    public string Warmup { get; init; } = "3s";
    public string GrowthDuration { get; init; } = "5s";
    public string Timeout { get; init; } = "10s";
    public int Connections { get; init; } = 32;
    public int Threads { get; init; } = 2;
    public int StartRuns { get; init; } = 3;

    /// <summary>The store: SQLite alone, or SQLite first and then PostgreSQL, for the stores side by side.</summary>
    public StoreChoice Provider { get; init; } = StoreChoice.Sqlite;

    /// <summary>With PostgreSQL: after one server, this many replicas behind nginx when it is 2 or more.</summary>
    public int Replicas { get; init; } = 1;

    /// <summary>With PostgreSQL: how to reach the cluster as its superuser, without a database.</summary>
    public string? Postgres { get; init; }

    /// <summary>With PostgreSQL: the cluster's data folder, whose postmaster.pid names the process to count CPU time of.</summary>
    public string? PostgresData { get; init; }

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"Expected --name value pairs, got '{args[i]}'.");
            }

            values[args[i][2..]] = args[++i];
        }

        string Required(string name) =>
            values.Remove(name, out var value) ? value : throw new ArgumentException($"--{name} is required.");
        string Text(string name, string fallback) => values.Remove(name, out var value) ? value : fallback;
        string Seconds(string name, string fallback)
        {
            var value = Text(name, fallback);
            return DurationPattern().IsMatch(value) ? value : throw new ArgumentException($"--{name} takes a duration such as 10s or 1m, got '{value}'.");
        }

        int Count(string name, int fallback, int minimum)
        {
            var value = Text(name, fallback.ToString(CultureInfo.InvariantCulture));
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= minimum
                ? count
                : throw new ArgumentException($"--{name} takes a whole number of at least {minimum}, got '{value}'.");
        }

        var options = new BenchOptions
        {
            Server = Required("server"),
            Baseline = Required("baseline"),
            Script = Required("script"),
            Out = Required("out"),
            Work = Required("work"),
            DocsPage = values.Remove("docs-page", out var docsPage) && docsPage.Length > 0 ? docsPage : null,
            Duration = Seconds("duration", "10s"),
            Warmup = Seconds("warmup", "3s"),
            GrowthDuration = Seconds("growth-duration", "5s"),
            Timeout = Seconds("timeout", "10s"),
            Connections = Count("connections", 32, 1),
            Threads = Count("threads", 2, 1),
            StartRuns = Count("start-runs", 3, 1),
            Provider = Text("provider", "sqlite") switch
            {
                "sqlite" => StoreChoice.Sqlite,
                "postgresql" => StoreChoice.PostgreSql,
                var other => throw new ArgumentException($"--provider takes sqlite or postgresql, got '{other}'."),
            },
        };
        if (options.Provider == StoreChoice.PostgreSql)
        {
            options = options with
            {
                Replicas = Count("replicas", 2, 1),
                Postgres = Required("postgres"),
                PostgresData = Required("postgres-data"),
            };
        }

        if (values.Count > 0)
        {
            throw new ArgumentException($"Unknown option --{values.Keys.First()}.");
        }

        return options.Threads > options.Connections
            ? throw new ArgumentException("wrk needs at least one connection per thread: --threads must not exceed --connections.")
            : options;
    }

    /// <summary>A wrk duration in seconds, for sizing what a run may create.</summary>
    public static double ToSeconds(string duration)
    {
        var match = DurationPattern().Match(duration);
        var number = double.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        return match.Groups["unit"].Value switch
        {
            "m" => number * 60,
            "h" => number * 3600,
            _ => number,
        };
    }

    [GeneratedRegex("^(?<n>[0-9]+)(?<unit>[smh]?)$")]
    private static partial Regex DurationPattern();
}

public enum StoreChoice
{
    Sqlite,
    PostgreSql,
}
