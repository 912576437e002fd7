using System.Buffers;
using System.Text;
using Ews.ImGroups.Domain.Mailboxes;
using Microsoft.Net.Http.Headers;

namespace Ews.ImGroups.Host.Identity;

/// <summary>
/// Reads HTTP Basic credentials. Any password is accepted for a user name in e-mail form: each such user gets a
/// mailbox of that name on first use.
/// </summary>
public static class BasicCredentials
{
    private const string Scheme = "Basic ";

    /// <summary>Returns the normalized SMTP address of the caller, or null when the header is missing or unusable.</summary>
    public static string? ReadUser(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || header.Length > 4096)
        {
            return null;
        }

        var encoded = header.AsSpan(Scheme.Length).Trim();
        var buffer = ArrayPool<byte>.Shared.Rent(encoded.Length);
        try
        {
            if (!Convert.TryFromBase64Chars(encoded, buffer, out var length))
            {
                return null;
            }

            var decoded = Encoding.UTF8.GetString(buffer, 0, length);
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 && SmtpAddresses.TryNormalize(decoded[..colon], out var user) ? user : null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
        }
    }
}
