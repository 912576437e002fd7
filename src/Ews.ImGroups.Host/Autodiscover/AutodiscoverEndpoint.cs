namespace Ews.ImGroups.Host.Autodiscover;

/// <summary>Where clients that autodiscover look for this server: the POX endpoint Exchange serves.</summary>
public static class AutodiscoverEndpoint
{
    /// <summary>Matched without regard to case, as on IIS.</summary>
    public const string Path = "/autodiscover/autodiscover.xml";

    public static bool Matches(PathString path) => path.Equals(Path, StringComparison.OrdinalIgnoreCase);

    /// <summary>Maps every method, so the handler answers the ones it does not serve with 405 as the EWS gate does.</summary>
    public static IEndpointRouteBuilder MapAutodiscover(this IEndpointRouteBuilder endpoints)
    {
        endpoints.Map(Path, context => context.RequestServices.GetRequiredService<AutodiscoverHandler>().HandleAsync(context));
        return endpoints;
    }
}
