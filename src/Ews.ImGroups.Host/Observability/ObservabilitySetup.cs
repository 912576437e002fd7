using Ews.ImGroups.Host.Common;

namespace Ews.ImGroups.Host.Observability;

/// <summary>
/// The observability area: console log, the request log line, metrics, health probes, bound addresses, and the
/// allocation counter benchmarks read.
/// </summary>
public static class ObservabilitySetup
{
    public static IHostApplicationBuilder AddObservability(this IHostApplicationBuilder builder)
    {
        builder.AddConsoleLog();
        builder.Services.AddScoped<RequestOutcome>();
        builder.AddTelemetry();
        builder.Services.AddHealthChecks();
        builder.AddDiagnostics();
        return builder;
    }

    public static WebApplication UseObservability(this WebApplication app)
    {
        app.UseRequestLog();
        app.UseMiddleware<ClientDisconnects>();
        app.AnnounceAddresses();
        return app;
    }

    public static IEndpointRouteBuilder MapObservability(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthEndpoints();
        endpoints.MapMetrics();
        endpoints.MapDiagnostics();
        return endpoints;
    }
}
