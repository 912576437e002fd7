using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Ews.ImGroups.Host.Observability;

/// <summary>Probes for orchestrators: alive while the process runs, ready while every registered check holds.</summary>
public static class HealthEndpoints
{
    /// <summary>Kept beside <see cref="Ready"/> for the container image's health check.</summary>
    public const string Health = "/health";
    public const string Live = "/livez";
    public const string Ready = "/readyz";

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(Health);
        endpoints.MapHealthChecks(Ready);
        endpoints.MapHealthChecks(Live, new HealthCheckOptions { Predicate = _ => false });
        return endpoints;
    }
}
