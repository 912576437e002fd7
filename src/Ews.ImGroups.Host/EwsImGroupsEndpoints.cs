using System.Net;
using Ews.ImGroups.Host.Admin;
using Ews.ImGroups.Host.Autodiscover;
using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Host.Dashboard;
using Ews.ImGroups.Host.Tenancy;

namespace Ews.ImGroups.Host;

/// <summary>Where a running server answers, under one of the addresses it is bound to, or under a tenant's prefix there.</summary>
/// <param name="BaseAddress">
/// The bound address, with a wildcard host (all interfaces) replaced by the loopback address, which reaches it; for a
/// tenant, that address with <c>t/{tenant}/</c> after it.
/// </param>
public sealed record EwsImGroupsEndpoints(Uri BaseAddress)
{
    public Uri Ews => Below(EwsEndpoint.Path);

    public Uri Autodiscover => Below(AutodiscoverEndpoint.Path);

    public Uri Dashboard => Below(DashboardPaths.Home);

    public Uri ControlApi => Below(AdminApi.Path);

    public Uri ControlApiDocs => Below(AdminApi.DocsPath);

    /// <summary>The same endpoints in a tenant's world, whose name is taken as given (the server reads it without case).</summary>
    public EwsImGroupsEndpoints ForTenant(string tenant)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        return new EwsImGroupsEndpoints(Below(TenantPaths.For(Uri.EscapeDataString(tenant)) + "/"));
    }

    /// <summary>A server path under the base address, keeping any prefix the base address has.</summary>
    private Uri Below(string path) =>
        new(BaseAddress.AbsoluteUri.EndsWith('/') ? BaseAddress : new Uri(BaseAddress.AbsoluteUri + "/"), path.TrimStart('/'));

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
