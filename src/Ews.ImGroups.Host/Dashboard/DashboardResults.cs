namespace Ews.ImGroups.Host.Dashboard;

/// <summary>A dashboard page: HTML that is never cached and may load nothing but the dashboard's own files.</summary>
public sealed class HtmlPage(string html, int statusCode = StatusCodes.Status200OK) : IResult
{
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
        return response.WriteAsync(html, httpContext.RequestAborted);
    }
}

/// <summary>303 See Other: after a form post, the browser loads the page named with GET.</summary>
public sealed class SeeOther(string location) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        httpContext.Response.Headers.Location = location;
        return Task.CompletedTask;
    }
}
