namespace Ews.ImGroups.Host.Dashboard;

/// <summary>
/// A dashboard page: HTML that is never cached and may load nothing but the dashboard's own files. Pages write the
/// server-root addresses of <see cref="DashboardPaths"/>; a page served under a path base (a tenant's prefix) has them
/// moved under it here, in one place.
/// </summary>
public sealed class HtmlPage(string html, int statusCode = StatusCodes.Status200OK) : IResult
{
    /// <summary>
    /// The attributes a page puts addresses in. Values from outside are HTML-encoded, so their quotes never open one of
    /// these: each match is an address the page wrote.
    /// </summary>
    private static readonly string[] AddressAttributes = [" href=\"/", " action=\"/", " src=\"/", " data-events=\"/"];

    /// <summary>No inline script or style and nothing from elsewhere: even a value that slipped past encoding could not run.</summary>
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
        + "frame-ancestors 'none'";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        // Same-origin form posts keep their Referer, which the cross-site check falls back on.
        response.Headers["Referrer-Policy"] = "same-origin";
        return response.WriteAsync(Rebased(html, httpContext.Request.PathBase), httpContext.RequestAborted);
    }

    private static string Rebased(string html, PathString pathBase)
    {
        if (!pathBase.HasValue)
        {
            return html;
        }

        foreach (var attribute in AddressAttributes)
        {
            html = html.Replace(attribute, attribute[..^1] + pathBase.Value + "/", StringComparison.Ordinal);
        }

        return html;
    }
}

/// <summary>
/// 303 See Other: after a form post, the browser loads the page named with GET; <paramref name="location"/> is a
/// server-root path, put under the request's path base.
/// </summary>
public sealed class SeeOther(string location) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        httpContext.Response.Headers.Location = httpContext.Request.PathBase + location;
        return Task.CompletedTask;
    }
}
