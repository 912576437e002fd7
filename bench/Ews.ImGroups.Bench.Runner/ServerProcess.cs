using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Ews.ImGroups.Bench.Runner;

/// <summary>
/// A server under test: started on a free port (port 0), its output going straight to a log file so that reading it
/// costs the benchmark nothing, and its address taken from the line it prints once bound.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    public const string Loopback = "http://127.0.0.1:0";

    /// <summary>Where the server (once its setting allows it) and the baseline answer the bytes they have allocated.</summary>
    public const string AllocatedBytesPath = "/debug/allocated-bytes";

    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(2);

    private readonly Process process;
    private readonly string log;

    private ServerProcess(Process process, string log, long startedAt)
    {
        this.process = process;
        this.log = log;
        StartedAt = startedAt;
    }

    /// <summary>The <see cref="Stopwatch"/> timestamp taken just before the process was started.</summary>
    public long StartedAt { get; }

    public int Id => process.Id;

    public Uri? Url { get; private set; }

    /// <summary>
    /// Starts the executable, with <paramref name="environment"/> added to the runner's own; its standard output and
    /// error go to <paramref name="log"/>.
    /// </summary>
    public static ServerProcess Start(
        string executable, IEnumerable<string> arguments, string log, IReadOnlyDictionary<string, string>? environment = null)
    {
        // The shell replaces itself with the server (exec), so the process id is the server's own.
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        foreach (var argument in (string[])["-c", "log=\"$1\"; shift; exec \"$@\" >\"$log\" 2>&1", "server", log, executable, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        var startedAt = Stopwatch.GetTimestamp();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        return new ServerProcess(process, log, startedAt);
    }

    /// <summary>Waits for the line announcing the bound address, and returns that address.</summary>
    public async Task<Uri> WaitForUrlAsync(CancellationToken cancellationToken = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(StartLimit);
        while (Url is null)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The server stopped with exit code {process.ExitCode} before listening:\n{ReadLog()}");
            }

            var match = Announcement().Match(ReadLog());
            if (match.Success)
            {
                Url = new Uri(match.Groups["url"].Value);
                break;
            }

            await Delay(limit.Token);
        }

        return Url;
    }

    /// <summary>Waits until <c>/readyz</c> answers 200: the store is open and migrated.</summary>
    public async Task WaitUntilReadyAsync(HttpClient http, CancellationToken cancellationToken = default)
    {
        var url = await WaitForUrlAsync(cancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(StartLimit);
        while (true)
        {
            try
            {
                using var answer = await http.GetAsync(new Uri(url, "/readyz"), limit.Token);
                if (answer.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not answering yet.
            }

            await Delay(limit.Token);
        }
    }

    /// <summary>Resident memory now (VmRSS) and at its highest so far (VmHWM), in bytes.</summary>
    public (long Resident, long Peak) Memory()
    {
        long resident = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                resident = Kilobytes(line);
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line);
            }
        }

        return (resident, peak);
    }

    /// <summary>The CPU time (user and system) the server has used so far.</summary>
    public TimeSpan CpuTime()
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }

    /// <summary>CPU time and allocated bytes so far, to subtract from the same figures after a run.</summary>
    public async Task<Usage> UsageAsync(HttpClient http, CancellationToken cancellationToken = default)
    {
        var allocated = await http.GetStringAsync(new Uri(Url!, AllocatedBytesPath), cancellationToken);
        return new Usage(CpuTime(), long.Parse(allocated, NumberStyles.None, CultureInfo.InvariantCulture));
    }

    public string ReadLog()
    {
        // The server keeps the file open for writing; share it.
        using var stream = new FileStream(log, FileMode.OpenOrCreate, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Asks the server to stop (SIGTERM, as a service manager would) and kills it if it does not.</summary>
    public ValueTask DisposeAsync() => ProcessStop.StopAsync(process);

    private static long Kilobytes(string statusLine) =>
        long.Parse(statusLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;

    private static Task Delay(CancellationToken cancellationToken) => Task.Delay(PollInterval, cancellationToken);

    /// <summary>The server's and the baseline's announcement: "… listening on http://127.0.0.1:PORT".</summary>
    [GeneratedRegex(@"listening on (?<url>https?://\S+)")]
    private static partial Regex Announcement();
}

/// <summary>
/// What a server (or replicas together) has used since it started: CPU time (user and system) and bytes allocated, and
/// the CPU time of the database's own processes when the store runs outside the server.
/// </summary>
public sealed record Usage(TimeSpan Cpu, long AllocatedBytes, TimeSpan? DatabaseCpu = null)
{
    /// <summary>CPU milliseconds and allocated kilobytes per request between <paramref name="before"/> and now.</summary>
    public PerRequest PerRequestSince(Usage before, long requests) => requests == 0
        ? new PerRequest(0, 0, DatabaseCpu is null ? null : 0)
        : new PerRequest(
            (Cpu - before.Cpu).TotalMilliseconds / requests,
            (AllocatedBytes - before.AllocatedBytes) / 1024.0 / requests,
            (DatabaseCpu - before.DatabaseCpu)?.TotalMilliseconds / requests);
}

/// <summary>Per request of a run: the server's CPU milliseconds, its allocated kilobytes, and the database's CPU milliseconds if it has its own.</summary>
public sealed record PerRequest(double CpuMilliseconds, double AllocatedKilobytes, double? DatabaseCpuMilliseconds);
