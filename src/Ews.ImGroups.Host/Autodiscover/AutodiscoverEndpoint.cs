using Ews.ImGroups.Host.Common;

namespace Ews.ImGroups.Host.Autodiscover;

/// <summary>The Autodiscover area: the POX endpoint Exchange serves, where clients that autodiscover look for this server.</summary>
public static class AutodiscoverEndpoint
{
    /// <summary>Matched without regard to case, as on IIS.</summary>
    public const string Path = "/autodiscover/autodiscover.xml";

    public static IHostApplicationBuilder AddAutodiscover(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AutodiscoverHandler>();
        return builder;
    }

    /// <summary>Maps every method, so the handler answers the ones it does not serve with 405 as the EWS gate does.</summary>
    public static IEndpointRouteBuilder MapAutodiscover(this IEndpointRouteBuilder endpoints)
    {
        endpoints.Map(Path, (HttpContext context, AutodiscoverHandler handler, RequestOutcome outcome) => handler.HandleAsync(context, outcome));
        return endpoints;
    }
}
