using Microsoft.AspNetCore.Http.Features;

namespace Ews.ImGroups.Host.Admin;

/// <summary>
/// Gives every route's <c>{address}</c> as the client meant it. The web server decodes a path before routing, all but
/// <c>%2F</c>, which it leaves so that an escaped slash does not split a segment; an address holding <c>/</c> would
/// otherwise reach the handlers as <c>%2F</c>. Such a value is taken again from the request target as sent, where
/// <c>%2F</c> (a slash) and <c>%252F</c> (the three characters) still differ.
/// </summary>
public static class AddressRouteValues
{
    public const string Name = "address";

    private const string EscapedSlash = "%2F";

    /// <summary>Comes after routing, which finds the value, and before the endpoint, which binds it.</summary>
    public static IApplicationBuilder UseAddressRouteValues(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Request.RouteValues[Name] is string value && value.Contains(EscapedSlash, StringComparison.OrdinalIgnoreCase))
        {
            context.Request.RouteValues[Name] = Unescape(context, value);
        }

        return next(context);
    });

    /// <summary>
    /// The raw segment in the place of the decoded one: the two paths have their slashes in the same places, as the
    /// web server decodes no <c>%2F</c>. Without a raw target to read (or when the two differ, as after the server
    /// resolved a <c>..</c>), an escaped slash stands for a slash.
    /// </summary>
    public static string Unescape(HttpContext context, string value)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (target is ['/', ..])
        {
            var query = target.IndexOf('?', StringComparison.Ordinal);
            var raw = (query < 0 ? target : target[..query]).Split('/');
            var decoded = (context.Request.PathBase + context.Request.Path).Value!.Split('/');
            var index = Array.IndexOf(decoded, value);
            if (raw.Length == decoded.Length && index >= 0)
            {
                return Uri.UnescapeDataString(raw[index]);
            }
        }

        return value.Replace(EscapedSlash, "/", StringComparison.OrdinalIgnoreCase);
    }
}
