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
var report = await new Benchmark(options, http, Console.Error).RunAsync(cancellation.Token);

var markdown = ReportWriter.ToMarkdown(report);
Directory.CreateDirectory(options.Out);
await File.WriteAllTextAsync(Path.Combine(options.Out, "latest.json"), ReportWriter.ToJson(report) + "\n", cancellation.Token);
await File.WriteAllTextAsync(Path.Combine(options.Out, "latest.md"), markdown, cancellation.Token);
if (options.DocsPage is not null)
{
    await ReportWriter.UpdatePageAsync(options.DocsPage, markdown, cancellation.Token);
}

Console.Out.Write(markdown);
return 0;
