using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ews.ImGroups.Domain.Mailboxes;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Ews.ImGroups.Host.Identity;

/// <summary>
/// Checks the JWTs OAuth EWS clients send: signature (HS256 with the configured key, RS256 with the configured public
/// key), expiry, not-before and audience; the mailbox comes from the <c>upn</c>, <c>smtp</c> or <c>email</c> claim.
/// </summary>
public sealed class BearerTokens : IDisposable
{
    public const string Scheme = "Bearer";
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);
    private static readonly string[] MailboxClaims = ["upn", "smtp", "email"];

    private readonly BearerOptions options;
    private readonly TimeProvider clock;
    private readonly byte[]? hmacKey;
    private readonly RSA? rsa;

    public BearerTokens(IOptions<AuthenticationOptions> authentication, TimeProvider clock)
    {
        options = authentication.Value.Bearer;
        this.clock = clock;
        hmacKey = options.SigningKey is { Length: > 0 } key ? Encoding.UTF8.GetBytes(key) : null;
        if (options.PublicKeyPem is { Length: > 0 } pem)
        {
            rsa = RSA.Create();
            rsa.ImportFromPem(pem);
        }
    }

    public bool Enabled => options.Enabled;

    public static bool IsOffered(HttpRequest request) =>
        request.Headers[HeaderNames.Authorization].ToString().StartsWith(Scheme + " ", StringComparison.OrdinalIgnoreCase);

    /// <summary>The mailbox the token names, or the reason it is refused.</summary>
    public (string? Mailbox, string? Error) Validate(HttpRequest request)
    {
        var token = request.Headers[HeaderNames.Authorization].ToString()[(Scheme.Length + 1)..].Trim();
        var parts = token.Split('.');
        if (token.Length > 16 * 1024 || parts.Length != 3)
        {
            return (null, "The token is not a JWT.");
        }

        try
        {
            using var header = JsonDocument.Parse(Base64Url(parts[0]));
            using var payload = JsonDocument.Parse(Base64Url(parts[1]));
            var algorithm = header.RootElement.TryGetProperty("alg", out var alg) ? alg.GetString() : null;
            if (!options.AllowUnsignedTokens && !SignatureHolds(algorithm, parts))
            {
                return (null, "The token's signature is not valid.");
            }

            return CheckClaims(payload.RootElement);
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or CryptographicException or ArgumentException)
        {
            return (null, "The token cannot be read.");
        }
    }

    public void Dispose() => rsa?.Dispose();

    private bool SignatureHolds(string? algorithm, string[] parts)
    {
        var signed = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
        var signature = Base64Url(parts[2]);
        return algorithm switch
        {
            "HS256" when hmacKey is not null => CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(hmacKey, signed), signature),
            "RS256" when rsa is not null => rsa.VerifyData(signed, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
            _ => false,
        };
    }

    private (string? Mailbox, string? Error) CheckClaims(JsonElement claims)
    {
        var now = clock.GetUtcNow();
        if (claims.TryGetProperty("exp", out var exp) && DateTimeOffset.FromUnixTimeSeconds(exp.GetInt64()) + ClockSkew < now)
        {
            return (null, "The token is expired.");
        }

        if (claims.TryGetProperty("nbf", out var nbf) && DateTimeOffset.FromUnixTimeSeconds(nbf.GetInt64()) - ClockSkew > now)
        {
            return (null, "The token is not valid yet.");
        }

        if (options.Audience is { Length: > 0 } audience && !NamesAudience(claims, audience))
        {
            return (null, "The token is for another audience.");
        }

        foreach (var name in MailboxClaims)
        {
            if (claims.TryGetProperty(name, out var value) && SmtpAddresses.TryNormalize(value.GetString(), out var mailbox))
            {
                return (mailbox, null);
            }
        }

        return (null, "The token names no mailbox (upn, smtp or email).");
    }

    private static bool NamesAudience(JsonElement claims, string audience) =>
        claims.TryGetProperty("aud", out var aud) && (aud.ValueKind == JsonValueKind.Array
            ? aud.EnumerateArray().Any(a => a.GetString() == audience)
            : aud.GetString() == audience);

    private static byte[] Base64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += (padded.Length % 4) switch { 2 => "==", 3 => "=", _ => string.Empty };
        return Convert.FromBase64String(padded);
    }
}
