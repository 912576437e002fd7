namespace Ews.ImGroups.Host.Common;

/// <summary>
/// Where the EWS endpoint is. Several areas need it: the gate guards it, Autodiscover and the WSDL hand its URL to
/// clients, the control API describes it.
/// </summary>
public static class EwsEndpoint
{
    public const string Path = "/EWS/Exchange.asmx";

    public static bool Matches(PathString path) => path.Equals(Path, StringComparison.OrdinalIgnoreCase);

    /// <summary>The endpoint and every path below it, which SoapCore would otherwise answer without the gate.</summary>
    public static bool Covers(PathString path) => path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase);

    /// <summary>The endpoint's URL as the client reached the server: the scheme, host and path base it used.</summary>
    public static string UrlFor(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}{Path}";
}
