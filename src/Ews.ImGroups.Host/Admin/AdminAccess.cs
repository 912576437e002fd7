using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Ews.ImGroups.Host.Admin;

/// <summary>
/// Decides whether a request may use the control API: always when no token is configured, otherwise when it carries
/// the token as a bearer token or in the dashboard's cookie.
/// </summary>
public sealed class AdminAccess(IOptions<AdminOptions> options)
{
    public const string CookieName = "ews-imgroups-admin";
    public const string Realm = "Ews.ImGroups control API";

    private readonly byte[]? token = options.Value.Token is { } configured ? Encoding.UTF8.GetBytes(configured) : null;

    public bool Protected => token is not null;

    public bool Allows(HttpRequest request)
    {
        if (token is null)
        {
            return true;
        }

        var authorization = request.Headers.Authorization.ToString();
        const string bearer = "Bearer ";
        if (authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase))
        {
            return Matches(authorization[bearer.Length..].Trim());
        }

        return request.Cookies.TryGetValue(CookieName, out var cookie) && Matches(cookie);
    }

    public bool Matches(string? offered) =>
        token is not null && offered is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(offered), token);

    /// <summary>The cookie the dashboard keeps the token in: never readable by scripts, never sent by other sites.</summary>
    public static CookieOptions CookieOptions(HttpRequest request) => new()
    {
        HttpOnly = true,
        SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict,
        Secure = request.IsHttps,
        Path = "/",
    };

    /// <summary>
    /// Whether a browser sent this change from another site's page: such requests carry an <c>Origin</c> (or a
    /// <c>Sec-Fetch-Site</c>) naming another site. Test code and scripts send neither, so they are never refused.
    /// </summary>
    public static bool IsCrossSite(HttpRequest request)
    {
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        {
            return false;
        }

        if (string.Equals(request.Headers["Sec-Fetch-Site"], "cross-site", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return request.Headers.Origin.Count > 0 && !SameOrigin.Check(request);
    }

    public static void Challenge(HttpResponse response) =>
        response.Headers[HeaderNames.WWWAuthenticate] = $"Bearer realm=\"{Realm}\"";
}
