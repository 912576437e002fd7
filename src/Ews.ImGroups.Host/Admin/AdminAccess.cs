using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Admin;

/// <summary>
/// The admin token that protects the control API and the dashboard, when one is configured: where a request carries
/// it, how it is compared, and the cookie the dashboard keeps it in.
/// </summary>
public sealed class AdminAccess(IOptions<AdminOptions> options)
{
    public const string CookieName = "ews-imgroups-admin";
    public const string Realm = "Ews.ImGroups control API";

    private readonly byte[]? token = options.Value.Token is { } configured ? Encoding.UTF8.GetBytes(configured) : null;

    public bool Protected => token is not null;

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
}
