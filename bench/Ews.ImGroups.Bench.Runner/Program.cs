using System.Globalization;
using Ews.ImGroups.Bench.Runner;

// Figures read the same whatever the machine's locale (1,234.5, not 1.234,5).
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

// Run by bench/run.sh, which builds the servers and passes their paths; see docs/benchmark.md.
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException refused)
{
    await Console.Error.WriteLineAsync(refused.Message);
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, stop) =>
{
    stop.Cancel = true;
    cancellation.Cancel();
};

// The runner talks to its own servers on the loopback interface only; no proxy applies.
using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromMinutes(5) };
var sqlite = await new Benchmark(options, http, Console.Error, new SqliteStore(options.Work)).RunAsync(cancellationToken: cancellation.Token);
var markdown = ReportWriter.ToMarkdown(sqlite);
var json = ReportWriter.ToJson(sqlite);
string? postgresMarkdown = null;
if (options.Provider == StoreChoice.PostgreSql)
{
    // The same scenarios on PostgreSQL, one server and then replicas, against SQLite's baseline: the SoapCore floor
    // does not change with the store.
    var postgres = new PostgresStore(options.Postgres!, options.PostgresData!);
    var runs = new List<PostgresRun>();
    foreach (var replicas in new[] { 1, options.Replicas }.Distinct())
    {
        await Console.Error.WriteLineAsync($"[bench] PostgreSQL, {replicas} server(s)");
        var work = Directory.CreateDirectory(Path.Combine(options.Work, $"postgresql-{replicas}")).FullName;
        var report = await new Benchmark(options with { Work = work }, http, Console.Error, postgres, replicas)
            .RunAsync((sqlite.Baseline, sqlite.Memory.BaselinePeakBytes), cancellation.Token);
        runs.Add(new PostgresRun(replicas, report));
    }

    var comparison = StoreComparison.Of(await postgres.VersionAsync(cancellation.Token), sqlite, runs);
    postgresMarkdown = ReportWriter.ToMarkdown(comparison);
    json = ReportWriter.ToJson(comparison);
}

Directory.CreateDirectory(options.Out);
var latest = postgresMarkdown is null ? markdown : $"{markdown}\n{postgresMarkdown}";
await File.WriteAllTextAsync(Path.Combine(options.Out, "latest.json"), json + "\n", cancellation.Token);
await File.WriteAllTextAsync(Path.Combine(options.Out, "latest.md"), latest, cancellation.Token);
if (options.DocsPage is not null)
{
    await ReportWriter.UpdatePageAsync(options.DocsPage, markdown, cancellationToken: cancellation.Token);
    if (postgresMarkdown is not null)
    {
        await ReportWriter.UpdatePageAsync(options.DocsPage, postgresMarkdown, ReportWriter.PostgresStart, ReportWriter.PostgresEnd, cancellation.Token);
    }
}

Console.Out.Write(latest);
return 0;
