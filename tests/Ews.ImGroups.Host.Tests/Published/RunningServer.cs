using System.Diagnostics;
using System.Net;
using System.Text;
using Ews.ImGroups.Host.Observability;

namespace Ews.ImGroups.Host.Tests.Published;

/// <summary>
/// A published server process started on port 0: it learns its address from the line the server prints once it
/// listens, as any harness would. Disposing it stops the process.
/// </summary>
public sealed class RunningServer : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    private readonly Process process;
    private readonly StringBuilder log = new();
    private readonly List<string> output = [];
    private readonly TaskCompletionSource<Uri> announced = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private RunningServer(Process process, string dataDirectory)
    {
        this.process = process;
        DataDirectory = dataDirectory;
        process.OutputDataReceived += (_, e) => Receive(e.Data, standardOutput: true);
        process.ErrorDataReceived += (_, e) => Receive(e.Data, standardOutput: false);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The first address the server printed, as printed.</summary>
    public Uri AnnouncedAddress { get; private set; } = null!;

    /// <summary>The announced address, with a wildcard host (all interfaces) replaced by the loopback address.</summary>
    public Uri BaseAddress => Http.BaseAddress!;

    public int Port => AnnouncedAddress.Port;

    public string DataDirectory { get; }

    /// <summary>Everything the process wrote, standard output and standard error.</summary>
    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    /// <summary>The lines the process wrote to standard output.</summary>
    public IReadOnlyList<string> Output
    {
        get
        {
            lock (log)
            {
                return [.. output];
            }
        }
    }

    /// <summary>Starts the process and returns once it has printed its address and answers <c>/readyz</c>.</summary>
    public static async Task<RunningServer> StartAsync(ProcessStartInfo start, string dataDirectory)
    {
        var server = new RunningServer(Process.Start(start)!, dataDirectory);
        try
        {
            await server.WaitUntilReadyAsync();
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>Waits for a line of standard output, such as the request line written after the response went out.</summary>
    public async Task<string> WaitForOutputAsync(Func<string, bool> match)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!patience.IsCancellationRequested)
        {
            if (Output.FirstOrDefault(match) is { } line)
            {
                return line;
            }

            await Task.Delay(20, CancellationToken.None);
        }

        throw new Xunit.Sdk.XunitException($"The published server did not write the expected line. Its output:\n{Log}");
    }

    /// <summary>
    /// Ends the process at once, as a crash or <c>kill -9</c> would: on Unix <see cref="Process.Kill(bool)"/> sends
    /// SIGKILL, so the server runs no shutdown code. Returns the exit code, 128 plus the signal's number on Unix.
    /// </summary>
    public int Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        return process.ExitCode;
    }

    public bool HasExited => process.HasExited;

    /// <summary>
    /// Asks the process to stop, as <c>docker stop</c> does, with SIGTERM; returns its exit code once it has exited, or
    /// null if it is still running after <paramref name="patience"/>.
    /// </summary>
    public async Task<int?> TerminateAsync(TimeSpan patience)
    {
        var signal = await PublishedApp.RunAsync("sh", ["-c", $"kill -TERM {process.Id}"], Environment.CurrentDirectory);
        signal.ExitCode.Should().Be(0, signal.Output);
        using var waiting = new CancellationTokenSource(patience);
        try
        {
            await process.WaitForExitAsync(waiting.Token);
            return process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        Http.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }

    private async Task WaitUntilReadyAsync()
    {
        using var patience = new CancellationTokenSource(Patience);
        var exited = process.WaitForExitAsync(patience.Token);
        if (await Task.WhenAny(announced.Task, exited) != announced.Task)
        {
            throw new Xunit.Sdk.XunitException($"The published server printed no address. Its output:\n{Log}");
        }

        AnnouncedAddress = await announced.Task;
        Http.BaseAddress = IPAddress.TryParse(AnnouncedAddress.DnsSafeHost, out var ip) && (ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any))
            ? new UriBuilder(AnnouncedAddress) { Host = IPAddress.Loopback.ToString() }.Uri
            : AnnouncedAddress;

        while (!patience.IsCancellationRequested && !process.HasExited)
        {
            try
            {
                using var response = await Http.GetAsync(HealthEndpoints.Ready, patience.Token);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100, CancellationToken.None);
        }

        throw new Xunit.Sdk.XunitException($"The published server did not become ready. Its output:\n{Log}");
    }

    private void Receive(string? line, bool standardOutput)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.AppendLine(line);
            if (standardOutput)
            {
                output.Add(line);
            }
        }

        // The address line in either log format: plain text, or the message of a JSON object.
        var at = line.IndexOf(ListeningAnnouncement.Text, StringComparison.Ordinal);
        if (standardOutput && at >= 0)
        {
            var url = line[(at + ListeningAnnouncement.Text.Length)..].TakeWhile(c => c != '"' && !char.IsWhiteSpace(c));
            announced.TrySetResult(new Uri(string.Concat(url)));
        }
    }
}
