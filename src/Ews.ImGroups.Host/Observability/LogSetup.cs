using System.Globalization;
using Ews.ImGroups.Host.Common;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Compact;

namespace Ews.ImGroups.Host.Observability;

/// <summary>The console log in the configured format, and the one line written per request.</summary>
public static class LogSetup
{
    private const string RequestMessageTemplate =
        "{RequestMethod:l} {RequestPath:l} {Operation:l} {Mailbox:l} {ResponseClass:l} {ResponseCode:l} HTTP {StatusCode} in {Elapsed:0.0} ms";

    /// <summary>Compact JSON with the message rendered, so collectors need not render templates themselves.</summary>
    public static ITextFormatter JsonFormatter { get; } = new RenderedCompactJsonFormatter();

    public static IHostApplicationBuilder AddConsoleLog(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LoggingOptions>()
            .BindConfiguration(LoggingOptions.SectionName)
            .Validate(
                options => Enum.IsDefined(options.Format),
                $"{LoggingOptions.SectionName}:Format must be one of: {string.Join(", ", Enum.GetNames<LogFormat>())}.")
            .ValidateOnStart();

        var configuration = builder.Configuration;
        builder.Services.AddSerilog(
            (provider, logger) =>
            {
                logger.ReadFrom.Configuration(configuration).ReadFrom.Services(provider).Enrich.FromLogContext();
                var json = provider.GetRequiredService<IOptions<LoggingOptions>>().Value.Format == LogFormat.Json;

                // Requests hand their log line to a background writer instead of waiting for the console, which
                // would otherwise serialize every request behind one lock and one write.
                logger.WriteTo.Async(console =>
                {
                    if (json)
                    {
                        console.Console(JsonFormatter);
                    }
                    else
                    {
                        console.Console(formatProvider: CultureInfo.InvariantCulture);
                    }
                });
            },
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>One line per request, its properties read from the request's outcome once the answer is sent.</summary>
    public static IApplicationBuilder UseRequestLog(this IApplicationBuilder app)
    {
        app.UseSerilogRequestLogging(logging =>
        {
            // The host's own logger, not the static one, so several servers in one process keep their logs apart.
            logging.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            logging.MessageTemplate = RequestMessageTemplate;

            // The path as the client sent it: a tenant's prefix, taken off before routing, stays in the line.
            logging.GetMessageTemplateProperties = (context, path, elapsed, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
                new LogEventProperty("RequestPath", new ScalarValue(context.Request.PathBase.Value + path)),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
            ];
            logging.EnrichDiagnosticContext = (diagnostics, context) =>
            {
                var outcome = context.RequestServices.GetRequiredService<RequestOutcome>();
                if (outcome.IsExchange)
                {
                    diagnostics.Set(EwsLogProperties.Operation, outcome.Operation);
                    diagnostics.Set(EwsLogProperties.Mailbox, outcome.MailboxAddress ?? RequestOutcome.Unknown);
                    diagnostics.Set(EwsLogProperties.ResponseClass, outcome.ResponseClass);
                    diagnostics.Set(EwsLogProperties.ResponseCode, outcome.ResponseCode);
                }
            };
            logging.GetLevel = (context, _, exception) =>
                exception is not null || context.RequestServices.GetRequiredService<RequestOutcome>().IsExchange
                ? LogEventLevel.Information
                : LogEventLevel.Debug;
        });
        return app;
    }
}
