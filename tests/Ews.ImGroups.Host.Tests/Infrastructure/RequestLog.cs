using Serilog.Events;

namespace Ews.ImGroups.Host.Tests.Infrastructure;

/// <summary>Reads the one line a server logs per request from a <see cref="CapturingSink"/>.</summary>
public static class RequestLog
{
    /// <summary>The request line is written once the response has gone out, so the client may see the answer first.</summary>
    public static async Task<LogEvent> LineAsync(CapturingSink sink)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!patience.IsCancellationRequested)
        {
            var lines = sink.Events.Where(e => e.Properties.ContainsKey("StatusCode") && e.Properties.ContainsKey("Operation")).ToList();
            if (lines.Count > 0)
            {
                lines.Should().ContainSingle("one line is written per request");
                return lines[0];
            }

            await Task.Delay(20, CancellationToken.None);
        }

        throw new Xunit.Sdk.XunitException("No request line was logged.");
    }

    public static string Property(LogEvent line, string name) => line.Properties[name].ToString().Trim('"');
}
