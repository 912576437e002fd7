namespace Ews.ImGroups.Host.Admin;

/// <summary>Whether a request was sent by a page of this server, as its <c>Origin</c> (or else <c>Referer</c>) says.</summary>
public static class SameOrigin
{
    /// <summary>
    /// The source must name the request's host and port, and that host must be one of <paramref name="hosts"/>: a
    /// rebound name would otherwise have its own pages count as this server's.
    /// </summary>
    public static bool Check(HttpRequest request, AdminHosts hosts)
    {
        if (!hosts.Allows(request.Host))
        {
            return false;
        }

        var source = request.Headers.Origin.ToString();
        if (source.Length == 0)
        {
            source = request.Headers.Referer.ToString();
        }

        // "null" (sandboxed frames, some redirects) and anything unreadable are refused like another site.
        return Uri.TryCreate(source, UriKind.Absolute, out var uri) && SameHost(uri, request.Host);
    }

    /// <summary>
    /// Host and port must match; the scheme is not compared, since a proxy that ends TLS passes requests on over plain
    /// HTTP. A host header without a port matches the source's default port.
    /// </summary>
    private static bool SameHost(Uri source, HostString host) =>
        (source.Scheme == Uri.UriSchemeHttp || source.Scheme == Uri.UriSchemeHttps)
        && string.Equals(source.Host.TrimEnd('.'), host.Host.TrimEnd('.'), StringComparison.OrdinalIgnoreCase)
        && (host.Port is { } port ? source.Port == port : source.IsDefaultPort);
}
