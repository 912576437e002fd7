using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Ews.ImGroups.Bench.Runner;

/// <summary>Renders the report as Markdown and JSON, and puts the Markdown into the marked section of the benchmark page.</summary>
public static class ReportWriter
{
    public const string TableStart = "<!-- bench:start -->";
    public const string TableEnd = "<!-- bench:end -->";
    public const string PostgresStart = "<!-- bench-postgresql:start -->";
    public const string PostgresEnd = "<!-- bench-postgresql:end -->";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // A file for people and scripts, never embedded in HTML: keep ×, ≥ and + readable instead of \u-escaped.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToJson(BenchReport report) => JsonSerializer.Serialize(report, Json);

    public static string ToJson(StoreComparison comparison) => JsonSerializer.Serialize(comparison, Json);

    /// <summary>
    /// The report of one run. With <paramref name="replicas"/> servers its memory is the largest replica's; without
    /// <paramref name="header"/> the line with the date and settings is left out (for runs under a common one).
    /// </summary>
    public static string ToMarkdown(BenchReport report, int replicas = 1, bool header = true)
    {
        var settings = report.Settings;
        var text = new StringBuilder();
        if (header)
        {
            Line(text, $"Measured {report.Finished:yyyy-MM-dd} on {report.Machine.Cores} cores (.NET {report.Machine.Runtime}, {report.Machine.Wrk}): " +
                $"{settings.Connections} connections, {settings.Threads} wrk threads, {settings.Duration} per scenario after {settings.Warmup} of warm-up.");
            Line(text, string.Empty);
        }

        // PostgreSQL's own CPU time gets a column; SQLite, inside the server, has none.
        var database = report.Scenarios.Any(s => s.DatabaseCpuMilliseconds is not null);
        Line(text, "| Scenario | req/s | p50 ms | p99 ms | server CPU ms/req | " + (database ? "PostgreSQL CPU ms/req | " : "") +
            "alloc KB/req | non-2xx | 5xx | EWS errors | socket errors | × baseline | target |");
        Line(text, "|---|--:|--:|--:|--:|" + (database ? "--:|" : "") + "--:|--:|--:|--:|--:|--:|---|");
        foreach (var scenario in (ScenarioResult[])[report.Baseline, .. report.Scenarios])
        {
            var f = scenario.Figures;
            var databaseCell = database ? $" {(scenario.DatabaseCpuMilliseconds is { } db ? Ms(db) : "–")} |" : "";
            Line(text, $"| {scenario.Title} | {f.RequestsPerSecond:N0} | {Ms(f.P50Microseconds)} | {Ms(f.P99Microseconds)} | " +
                $"{Ms(scenario.ServerCpuMilliseconds)} |{databaseCell} {Kb(scenario.AllocatedKilobytes)} | {f.Non2xx:N0} | " +
                $"{f.Status5xx:N0} | {(scenario.BodiesChecked ? f.EwsErrors.ToString("N0", Invariant) : "–")} | {f.SocketErrors:N0} | " +
                $"{scenario.RatioToBaseline:F2} | {Mark(scenario.Check)} |");
        }

        var memory = report.Memory;
        var (scope, servers) = replicas == 1 ? ("", "a fresh server") : (", of the replica that used the most", $"{replicas} fresh replicas");
        Line(text, string.Empty);
        Line(text, $"- **Memory** (resident{scope}): peak {Mb(memory.ScenarioPeakBytes)} over the scenarios above (the baseline's: " +
            $"{Mb(memory.BaselinePeakBytes)}) — {Mark(memory.ScenarioCheck)}; on {servers} seeded with " +
            $"{memory.Seeded} (seeded in {memory.SeedingSeconds:F1} s): {Mb(memory.IdleBytes)} before seeding, {Mb(memory.SeededBytes)} after, " +
            $"peak {Mb(memory.SeededPeakBytes)} after reading those lists under load — {Mark(memory.SeededCheck)}");
        if (report.Start is { } start)
        {
            Line(text, $"- **Start to first AddImGroup** (empty {(database ? "database" : "data directory")}, median of {start.Milliseconds.Count}): " +
                $"{start.MedianMilliseconds:F0} ms ({string.Join(", ", start.Milliseconds.Select(ms => ms.ToString("F0", Invariant)))}) — {Mark(start.Check)}");
        }

        Line(text, string.Empty);
        WriteGrowth(text, report);
        Line(text, string.Empty);
        Line(text, $"- **{Benchmark.LargeListPersonas:N0} personas, one connection**: {Mark(report.LargeListOneClient)}");
        return text.ToString();
    }

    /// <summary>
    /// PostgreSQL beside SQLite: the scenarios' rates, medians and CPU times side by side, the CPU goal, then each
    /// PostgreSQL run's own report.
    /// </summary>
    public static string ToMarkdown(StoreComparison comparison)
    {
        var sqlite = comparison.Sqlite;
        var settings = sqlite.Settings;
        var text = new StringBuilder();
        Line(text, $"Measured {comparison.PostgreSql[^1].Report.Finished:yyyy-MM-dd} on {sqlite.Machine.Cores} cores (.NET {sqlite.Machine.Runtime}, " +
            $"{sqlite.Machine.Wrk}, PostgreSQL {comparison.PostgresVersion} with fsync on): {settings.Connections} connections, " +
            $"{settings.Threads} wrk threads, {settings.Duration} per scenario after {settings.Warmup} of warm-up; SQLite's figures are " +
            "from the same run. CPU ms/req is the servers' (summed over the replicas); PostgreSQL's is its own processes'.");
        Line(text, string.Empty);
        Line(text, "| Scenario | SQLite: req/s | p50 ms | CPU ms/req | " +
            string.Join(" | ", comparison.PostgreSql.Select(r => $"{Servers(r.Replicas)}: req/s | p50 ms | server CPU ms/req | PostgreSQL CPU ms/req")) + " |");
        Line(text, "|---|--:|--:|--:|" + string.Concat(comparison.PostgreSql.Select(_ => "--:|--:|--:|--:|")));
        foreach (var scenario in sqlite.Scenarios)
        {
            var cells = comparison.PostgreSql.Select(r => r.Report.Scenarios.FirstOrDefault(s => s.Key == scenario.Key)).Select(s => s is null
                ? "– | – | – | –"
                : $"{s.Figures.RequestsPerSecond:N0} | {Ms(s.Figures.P50Microseconds)} | {Ms(s.ServerCpuMilliseconds)} | " +
                    (s.DatabaseCpuMilliseconds is { } db ? Ms(db) : "–"));
            Line(text, $"| {scenario.Title} | {scenario.Figures.RequestsPerSecond:N0} | {Ms(scenario.Figures.P50Microseconds)} | " +
                $"{Ms(scenario.ServerCpuMilliseconds)} | {string.Join(" | ", cells)} |");
        }

        Line(text, string.Empty);
        foreach (var goal in comparison.Goals)
        {
            Line(text, $"- **{goal.Title}**, PostgreSQL with one server: {Ms(goal.PostgresServerCpuMilliseconds)} ms of server CPU a request " +
                $"(and {Ms(goal.PostgresDatabaseCpuMilliseconds)} ms of PostgreSQL's), " +
                $"{goal.PostgresServerCpuMilliseconds / goal.SqliteServerCpuMilliseconds:F2}× SQLite's {Ms(goal.SqliteServerCpuMilliseconds)} ms — {Mark(goal.Check)}");
        }

        if (comparison.PostgreSql.Any(r => r.Replicas > 1))
        {
            Line(text, $"- **Replicas**: on {sqlite.Machine.Cores} cores, replicas cannot show scaling: they share the cores with wrk, nginx and " +
                "PostgreSQL, so their figures show what a second server and the proxy cost, not what they gain.");
        }

        foreach (var run in comparison.PostgreSql)
        {
            Line(text, string.Empty);
            Line(text, run.Replicas == 1
                ? "**PostgreSQL, one server:**"
                : $"**PostgreSQL, {run.Replicas} replicas behind nginx** (round-robin, connections to the replicas kept open):");
            Line(text, string.Empty);
            text.Append(ToMarkdown(run.Report, run.Replicas, header: false));
        }

        return text.ToString();
    }

    /// <summary>Replaces what stands between the page's markers; fails when they are missing.</summary>
    public static async Task UpdatePageAsync(
        string page, string markdown, string startMarker = TableStart, string endMarker = TableEnd, CancellationToken cancellationToken = default)
    {
        var text = await File.ReadAllTextAsync(page, cancellationToken);
        var start = text.IndexOf(startMarker, StringComparison.Ordinal);
        var end = text.IndexOf(endMarker, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidOperationException($"{page} has no {startMarker} … {endMarker} section to replace.");
        }

        var before = text[..(start + startMarker.Length)];
        await File.WriteAllTextAsync(page, $"{before}\n{markdown}{text[end..]}", cancellationToken);
    }

    private static void WriteGrowth(StringBuilder text, BenchReport report)
    {
        var connections = report.Growth.Select(g => g.Connections).Distinct().Order().ToArray();
        Line(text, $"GetImItemList as the list grows (one mailbox, {Benchmark.GrowthGroups} groups, {report.Settings.GrowthDuration} per run):");
        Line(text, string.Empty);
        // With PostgreSQL, each CPU cell is the servers' time plus PostgreSQL's.
        var database = report.Growth.Any(g => g.DatabaseCpuMilliseconds is not null);
        var cpu = database ? "CPU ms/req, server + PostgreSQL" : "CPU ms/req";
        Line(text, "| Personas | " + string.Join(" | ", connections.Select(c => $"{Connections(c)}: p50 / p99 ms | req/s | {cpu} | alloc KB/req")) + " |");
        Line(text, "|--:|" + string.Concat(connections.Select(_ => "--:|--:|--:|--:|")));
        foreach (var personas in report.Growth.GroupBy(g => g.Personas))
        {
            var cells = connections.Select(c => personas.FirstOrDefault(g => g.Connections == c)).Select(g => g is null
                ? "– | – | – | –"
                : $"{Ms(g.Figures.P50Microseconds)} / {Ms(g.Figures.P99Microseconds)} | {g.Figures.RequestsPerSecond:N0} | " +
                    $"{Ms(g.ServerCpuMilliseconds)}{(g.DatabaseCpuMilliseconds is { } db ? " + " + Ms(db) : "")} | {Kb(g.AllocatedKilobytes)}");
            Line(text, $"| {personas.Key:N0} | {string.Join(" | ", cells)} |");
        }
    }

    private static string Connections(int count) => count == 1 ? "1 connection" : $"{count} connections";

    private static string Servers(int replicas) => replicas == 1 ? "PostgreSQL, 1 server" : $"PostgreSQL, {replicas} replicas";

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
