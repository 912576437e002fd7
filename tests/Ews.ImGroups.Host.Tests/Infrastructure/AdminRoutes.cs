using System.Text.RegularExpressions;
using Ews.ImGroups.Host.Admin;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Host.Tests.Infrastructure;

/// <summary>
/// Every route the server maps, read from its endpoint data source, so a test over "every control-API route" or
/// "every dashboard form" also covers the ones added later.
/// </summary>
public static partial class AdminRoutes
{
    /// <summary>A value for each kind of route parameter, so the route matches and its handler could run.</summary>
    private static readonly Dictionary<string, string> Samples = new(StringComparer.OrdinalIgnoreCase)
    {
        ["address"] = "alice@contoso.com",
        ["id"] = "1",
        ["name"] = "dashboard.css",
    };

    /// <summary>Every method and path of the control API, apart from its OpenAPI document, which is public by design.</summary>
    public static IReadOnlyList<(string Method, string Path)> ControlApi(EwsServer server) =>
        [.. All(server).Where(r => r.Path.StartsWith(AdminApi.Path + "/", StringComparison.OrdinalIgnoreCase) && r.Path != AdminApi.OpenApiPath)];

    /// <summary>
    /// Every form the dashboard takes, apart from the sign-in form itself: the posts outside the control API (EWS and
    /// Autodiscover are mapped for every method, so they carry no method of their own here).
    /// </summary>
    public static IReadOnlyList<string> DashboardForms(EwsServer server) =>
        [.. All(server).Where(r => r.Method == "POST" && !r.Path.StartsWith(AdminApi.Path, StringComparison.OrdinalIgnoreCase) && r.Path != "/login")
            .Select(r => r.Path)];

    private static IEnumerable<(string Method, string Path)> All(EwsServer server) =>
        from endpoint in server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
        let pattern = endpoint.RoutePattern.RawText
        where pattern is not null
        from method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []
        select (method, Fill("/" + pattern.TrimStart('/')));

    private static string Fill(string pattern) => Parameter().Replace(pattern, m => Samples[m.Groups[1].Value]);

    [GeneratedRegex(@"\{([A-Za-z]+)[^}]*\}")]
    private static partial Regex Parameter();
}
