using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Ews.ImGroups.Bench.Runner;

/// <summary>One wrk run: which request, against which mailboxes, how hard and how long.</summary>
/// <param name="Request">The request kind the Lua script builds (see bench/wrk/ews.lua).</param>
/// <param name="Targets">The file listing each mailbox's Authorization header and, where needed, a group id.</param>
/// <param name="Tag">Starts every name the requests make, so no two runs against one store repeat a name.</param>
/// <param name="ExpectedStatus">The HTTP status every answer should have; others are counted.</param>
/// <param name="CheckBodies">Count 200 answers that carry an EWS error (for changes, which answer errors with 200).</param>
public sealed record WrkRun(
    string Request, string Targets, string Tag, int ExpectedStatus, bool CheckBodies, string Duration, int Connections, int Threads);

/// <summary>What the Lua script's done() hook printed.</summary>
public sealed record WrkResult(
    long Requests,
    long DurationMicroseconds,
    long P50Microseconds,
    long P90Microseconds,
    long P99Microseconds,
    long MaxMicroseconds,
    long Non2xx,
    long Status5xx,
    long UnexpectedStatus,
    long EwsErrors,
    long ConnectErrors,
    long ReadErrors,
    long WriteErrors,
    long Timeouts)
{
    public double RequestsPerSecond => DurationMicroseconds == 0 ? 0 : Requests * 1_000_000.0 / DurationMicroseconds;

    public long SocketErrors => ConnectErrors + ReadErrors + WriteErrors + Timeouts;
}

public sealed class Wrk(BenchOptions options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<WrkResult> RunAsync(Uri endpoint, WrkRun run, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo("wrk")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        string[] arguments =
        [
            "--threads", run.Threads.ToString(CultureInfo.InvariantCulture),
            "--connections", run.Connections.ToString(CultureInfo.InvariantCulture),
            "--duration", run.Duration,
            // Longer than wrk's 2 s default, so slow answers count in the latencies instead of vanishing as timeouts.
            "--timeout", options.Timeout,
            "--script", options.Script,
            endpoint.ToString(),
            "--", run.Request, run.Targets, run.Tag, run.ExpectedStatus.ToString(CultureInfo.InvariantCulture), run.CheckBodies ? "check" : "no-check",
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start wrk.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var text = await output;
        var line = text.Split('\n').LastOrDefault(l => l.StartsWith('{'));
        if (process.ExitCode != 0 || line is null)
        {
            throw new InvalidOperationException($"wrk failed (exit code {process.ExitCode}) for {run.Request}:\n{text}\n{await errors}");
        }

        return JsonSerializer.Deserialize<WrkResult>(line, Json) ?? throw new InvalidOperationException($"wrk printed no figures: {line}");
    }
}
