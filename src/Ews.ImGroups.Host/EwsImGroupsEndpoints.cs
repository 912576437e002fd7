using System.Net;
using Ews.ImGroups.Host.Admin;
using Ews.ImGroups.Host.Autodiscover;
using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Host.Dashboard;

namespace Ews.ImGroups.Host;

/// <summary>Where a running server answers, under one of the addresses it is bound to.</summary>
/// <param name="BaseAddress">The bound address, with a wildcard host (all interfaces) replaced by the loopback address, which reaches it.</param>
public sealed record EwsImGroupsEndpoints(Uri BaseAddress)
{
    public Uri Ews => new(BaseAddress, EwsEndpoint.Path);

    public Uri Autodiscover => new(BaseAddress, AutodiscoverEndpoint.Path);

    public Uri Dashboard => new(BaseAddress, DashboardPaths.Home);

    public Uri ControlApi => new(BaseAddress, AdminApi.Path);

    public Uri ControlApiDocs => new(BaseAddress, AdminApi.DocsPath);

    /// <summary>The endpoints under an address as the web server reports it bound (<c>http://[::]:8080</c>).</summary>
    public static EwsImGroupsEndpoints ForBinding(string address)
    {
        var bound = new Uri(address);
        var reachable = IPAddress.TryParse(bound.DnsSafeHost, out var ip) && (ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any))
            ? new UriBuilder(bound) { Host = IPAddress.Loopback.ToString() }.Uri
            : bound;
        return new EwsImGroupsEndpoints(reachable);
    }
}
