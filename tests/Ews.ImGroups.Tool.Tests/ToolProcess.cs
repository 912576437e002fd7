using System.Diagnostics;
using System.Text;

namespace Ews.ImGroups.Tool.Tests;

/// <summary>A running <c>ews-imgroups</c> process whose output is collected line by line. Disposing it kills the process if it still runs.</summary>
public sealed class ToolProcess : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    private readonly Process process;
    private readonly StringBuilder log = new();
    private readonly List<string> output = [];

    private ToolProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Receive(e.Data, standardOutput: true);
        process.ErrorDataReceived += (_, e) => Receive(e.Data, standardOutput: false);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

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

    public static ToolProcess Start(string command, IEnumerable<string> arguments, string directory) =>
        new(Process.Start(InstalledTool.StartInfo(command, arguments, directory))!);

    /// <summary>The value of the first line of standard output that starts with <paramref name="text"/>, once written.</summary>
    public async Task<string> WaitForLineAsync(string text)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (!patience.IsCancellationRequested && !process.HasExited)
        {
            lock (log)
            {
                if (output.FirstOrDefault(l => l.StartsWith(text, StringComparison.Ordinal)) is { } line)
                {
                    return line[text.Length..];
                }
            }

            await Task.Delay(50, CancellationToken.None);
        }

        throw new Xunit.Sdk.XunitException($"The tool did not write a line starting '{text}'. Its output:\n{Log}");
    }

    /// <summary>Sends SIGTERM, as a service manager or <c>docker stop</c> does, and returns the exit code once the process has exited.</summary>
    public async Task<int> TerminateAsync()
    {
        var signal = await InstalledTool.RunAsync("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], Environment.CurrentDirectory);
        signal.ExitCode.Should().Be(0, signal.Output);
        using var patience = new CancellationTokenSource(Patience);
        await process.WaitForExitAsync(patience.Token);
        return process.ExitCode;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
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
    }
}
