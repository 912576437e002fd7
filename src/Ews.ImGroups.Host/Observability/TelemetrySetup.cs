using Ews.ImGroups.Storage;
using Microsoft.Extensions.Diagnostics.Metrics;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Ews.ImGroups.Host.Observability;

/// <summary>
/// The server's meter scraped in Prometheus' text format, and, once an OTLP endpoint is configured, its metrics and
/// traces of requests and store queries pushed there as well.
/// </summary>
public static class TelemetrySetup
{
    public const string Path = "/metrics";

    /// <summary>The standard OpenTelemetry variable; unset, nothing leaves the server and no request is traced.</summary>
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public const string ServiceName = "Ews.ImGroups";

    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<EwsMetrics>();

        // The meter is enabled for this host's own meter factory alone. Naming it to the meter provider instead would
        // listen process-wide, and every server in a test process would count the others' requests as well.
        builder.Services.AddMetrics(metrics => metrics
            .EnableMetrics(EwsMetrics.MeterName, scopes: MeterScope.Local)
            .EnableMetrics(WriteBatchSizes.MeterName, scopes: MeterScope.Local));
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointSetting]);

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithMetrics(metrics =>
            {
                metrics.AddView(EwsMetrics.DurationName, new ExplicitBucketHistogramConfiguration { Boundaries = [.. EwsMetrics.DurationBuckets] })
                    .AddPrometheusExporter(prometheus =>
                    {
                        // Every scrape reads the counts of that moment, as tests and dashboards expect.
                        prometheus.ScrapeResponseCacheDurationMilliseconds = 0;
                    });
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
            });

        if (otlp)
        {
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddOtlpExporter());
        }

        return builder;
    }

    public static IEndpointRouteBuilder MapMetrics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPrometheusScrapingEndpoint(Path);
        return endpoints;
    }
}
