using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace Ews.ImGroups.Host.Tests.Infrastructure;

/// <summary>Keeps every log event a test server writes, to check what its log says and does not say.</summary>
public sealed class CapturingSink : ILogEventSink
{
    public ConcurrentQueue<LogEvent> Events { get; } = new();

    public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);

    public string Everything() => string.Join('\n', Events.Select(e =>
        e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture) + " " + string.Join(' ', e.Properties.Values)));
}
