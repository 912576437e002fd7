using System.Diagnostics;
using System.Text;

namespace Ews.ImGroups.Host.Tests.Published;

/// <summary>A published server process; disposing it stops the process.</summary>
public sealed class RunningServer(Process process, Uri baseAddress, string dataDirectory, int port) : IDisposable
{
    private readonly StringBuilder log = new();

    public HttpClient Http { get; } = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public Uri BaseAddress => baseAddress;

    public string DataDirectory => dataDirectory;

    public int Port => port;

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

    /// <summary>Polls the health endpoint until it answers, the process exits, or a minute passes.</summary>
    public async Task WaitUntilHealthyAsync()
    {
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!patience.IsCancellationRequested && !process.HasExited)
        {
            try
            {
                using var response = await Http.GetAsync("/health", patience.Token);
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

        throw new Xunit.Sdk.XunitException($"The published server did not become healthy. Its output:\n{Log}");
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

    private void Append(string? line)
    {
        lock (log)
        {
            log.AppendLine(line);
        }
    }
}
