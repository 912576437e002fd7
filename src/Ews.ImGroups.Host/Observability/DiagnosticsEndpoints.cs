using System.Globalization;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Observability;

/// <summary>
/// The bytes the process has allocated since it started, for a benchmark to take the difference around a run and
/// tell what a request costs the garbage collector. Off by default: the route exists only when the setting asks for it.
/// </summary>
public static class DiagnosticsEndpoints
{
    public const string AllocatedBytes = "/debug/allocated-bytes";

    public static IHostApplicationBuilder AddDiagnostics(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DiagnosticsOptions>()
            .BindConfiguration(DiagnosticsOptions.SectionName)
            .ValidateOnStart();
        return builder;
    }

    public static IEndpointRouteBuilder MapDiagnostics(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<DiagnosticsOptions>>().Value.ExposeAllocatedBytes)
        {
            // The cheap, imprecise count: exact to within what each thread has reserved but not yet used, which is
            // nothing over the thousands of requests a benchmark run divides it by.
            endpoints.MapGet(AllocatedBytes, () => GC.GetTotalAllocatedBytes(precise: false).ToString(CultureInfo.InvariantCulture));
        }

        return endpoints;
    }
}
