using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Serilog.Events;
using Serilog.Parsing;

namespace Ews.ImGroups.Host.Observability;

/// <summary>
/// Once the server listens, writes each address it is bound to as one line on standard output. With port 0 the port
/// is picked only when binding, so this line is how a script or test harness learns it. The line is written whatever
/// the log levels say; in the JSON format it is a JSON object whose message is the same text.
/// </summary>
public static class ListeningAnnouncement
{
    public const string Text = "Ews.ImGroups listening on ";
    public const string UrlProperty = "Url";

    public static WebApplication AnnounceAddresses(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var address in app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
            {
                Announce(app.Services, Text, UrlProperty, address);
            }
        });
        return app;
    }

    /// <summary>
    /// Writes <paramref name="text"/> followed by <paramref name="value"/> as one line on standard output in the console
    /// log's format, whatever the log levels say; in the JSON format the value is also the property <paramref name="property"/>.
    /// </summary>
    public static void Announce(IServiceProvider services, string text, string property, string value)
    {
        ArgumentNullException.ThrowIfNull(services);
        var format = services.GetRequiredService<IOptions<LoggingOptions>>().Value.Format;
        Console.Out.Write(Line(text, property, value, format));
        Console.Out.Flush();
    }

    private static string Line(string text, string property, string value, LogFormat format)
    {
        if (format != LogFormat.Json)
        {
            return text + value + Environment.NewLine;
        }

        using var line = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var announcement = new LogEvent(DateTimeOffset.Now, LogEventLevel.Information, null, new MessageTemplateParser().Parse($"{text}{{{property}:l}}"),
        [
            new LogEventProperty(property, new ScalarValue(value)),
            new LogEventProperty(Serilog.Core.Constants.SourceContextPropertyName, new ScalarValue(typeof(ListeningAnnouncement).FullName)),
        ]);
        LogSetup.JsonFormatter.Format(announcement, line);
        return line.ToString();
    }
}
