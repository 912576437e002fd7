using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Admin;

/// <summary>
/// The admin token that protects the control API and the dashboard, when one is configured: where a request carries
/// it, how it is compared, and the sign-in the dashboard keeps in a cookie.
/// </summary>
public sealed class AdminAccess
{
    public const string CookiePrefix = "ews-imgroups-admin-";
    public const string Realm = "Ews.ImGroups control API";

    private readonly byte[]? token;

    /// <summary>
    /// What the dashboard's cookie holds: an HMAC of a fixed label keyed with the token. It never reveals the token,
    /// every replica with the same token accepts it, and changing the token ends every sign-in.
    /// </summary>
    private readonly byte[]? session;

    private static readonly byte[] SessionLabel = Encoding.ASCII.GetBytes("Ews.ImGroups dashboard sign-in");

    public AdminAccess(IOptions<AdminOptions> options)
    {
        if (options.Value.Token is { } configured)
        {
            token = Encoding.UTF8.GetBytes(configured);
            Session = Base64Url.EncodeToString(HMACSHA256.HashData(token, SessionLabel));
            session = Encoding.ASCII.GetBytes(Session);
        }
    }

    public bool Protected => token is not null;

    /// <summary>The value of the dashboard's sign-in cookie; null when no token is configured.</summary>
    public string? Session { get; }

    public bool Matches(string? offered) =>
        token is not null && offered is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(offered), token);

    public bool IsSession(string? offered) =>
        session is not null && offered is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(offered), session);

    /// <summary>
    /// The sign-in cookie's name, which carries the port the browser used: cookies ignore ports, so two servers on one
    /// host would otherwise overwrite each other's sign-in.
    /// </summary>
    public static string CookieName(HttpRequest request) =>
        CookiePrefix + (request.Host.Port ?? (request.IsHttps ? 443 : 80)).ToString(CultureInfo.InvariantCulture);

    /// <summary>The dashboard's sign-in cookie: never readable by scripts, never sent by other sites.</summary>
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

        return request.Headers.Origin.Count > 0 && !SameOrigin.Check(request, request.HttpContext.RequestServices.GetRequiredService<AdminHosts>());
    }
}
