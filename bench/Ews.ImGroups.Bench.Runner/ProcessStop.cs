using System.Diagnostics;
using System.Globalization;

namespace Ews.ImGroups.Bench.Runner;

/// <summary>Stops a process the runner started as a service manager would: SIGTERM, then a kill once the grace runs out.</summary>
internal static class ProcessStop
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    /// <summary>Stops the process (and, when killed, its children, such as nginx's workers) and disposes it.</summary>
    public static async ValueTask StopAsync(Process process)
    {
        if (!process.HasExited)
        {
            using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            using var grace = new CancellationTokenSource(Grace);
            try
            {
                await process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }

        process.Dispose();
    }
}
