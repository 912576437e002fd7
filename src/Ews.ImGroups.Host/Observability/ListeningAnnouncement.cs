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

    private static readonly MessageTemplate Template = new MessageTemplateParser().Parse($"{Text}{{{UrlProperty}:l}}");

    public static WebApplication AnnounceAddresses(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var format = app.Services.GetRequiredService<IOptions<LoggingOptions>>().Value.Format;
            foreach (var address in addresses)
            {
                Console.Out.Write(Line(address, format));
            }

            Console.Out.Flush();
        });
        return app;
    }

    private static string Line(string address, LogFormat format)
    {
        if (format != LogFormat.Json)
        {
            return Text + address + Environment.NewLine;
        }

        using var line = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var announcement = new LogEvent(DateTimeOffset.Now, LogEventLevel.Information, null, Template,
        [
            new LogEventProperty(UrlProperty, new ScalarValue(address)),
            new LogEventProperty(Serilog.Core.Constants.SourceContextPropertyName, new ScalarValue(typeof(ListeningAnnouncement).FullName)),
        ]);
        LogSetup.JsonFormatter.Format(announcement, line);
        return line.ToString();
    }
}
