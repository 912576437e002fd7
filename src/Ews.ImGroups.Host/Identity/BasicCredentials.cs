using System.Buffers;
using System.Text;
using Ews.ImGroups.Domain.Mailboxes;
using Microsoft.Net.Http.Headers;

namespace Ews.ImGroups.Host.Identity;

/// <summary>
/// Reads HTTP Basic credentials; user names must be e-mail addresses, as they name mailboxes, or <c>DOMAIN\user</c>
/// names, which <see cref="AccountDirectory"/> resolves to addresses.
/// </summary>
public static class BasicCredentials
{
    public const string Scheme = "Basic";

    /// <summary>Whether the request offers Basic credentials at all.</summary>
    public static bool IsOffered(HttpRequest request) =>
        request.Headers[HeaderNames.Authorization].ToString().StartsWith(Scheme + " ", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Returns the normalized SMTP address (or the trimmed <c>DOMAIN\user</c> name) and the password, or null when the
    /// header is unusable.
    /// </summary>
    public static (string User, string Password)? Read(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        if (!IsOffered(request) || header.Length > 4096)
        {
            return null;
        }

        var encoded = header.AsSpan(Scheme.Length + 1).Trim();
        var buffer = ArrayPool<byte>.Shared.Rent(encoded.Length);
        try
        {
            if (!Convert.TryFromBase64Chars(encoded, buffer, out var length))
            {
                return null;
            }

            var decoded = Encoding.UTF8.GetString(buffer, 0, length);
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                return null;
            }

            var name = decoded[..colon];
            var password = decoded[(colon + 1)..];
            if (SmtpAddresses.TryNormalize(name, out var user))
            {
                return (user, password);
            }

            return DomainUserNames.TryParse(name, out var domain, out var account) ? ($"{domain}\\{account}", password) : null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
        }
    }
}
