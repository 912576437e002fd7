using System.Security.Cryptography;
using System.Text;
using Ews.ImGroups.Domain.Mailboxes;
using Ews.ImGroups.Host.Configuration;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Net.Http.Headers;

namespace Ews.ImGroups.Host.Identity;

/// <summary>
/// Sets up the Bearer scheme from <c>Ews:Authentication:Bearer</c>: HS256 tokens with the configured key, RS256 with
/// the configured public key or an issuer's published keys; <c>exp</c> and <c>nbf</c> checked when present, with one
/// minute of clock skew; the audience only when configured. The mailbox comes from the <c>upn</c>, <c>smtp</c> or
/// <c>email</c> claim. A refused token's challenge says why, in the words of <see cref="Reasons"/>.
/// </summary>
public sealed class BearerTokenConfiguration : IConfigureNamedOptions<JwtBearerOptions>, IDisposable
{
    private const int MaxTokenChars = 16 * 1024;

    /// <summary>The JOSE header that lists extensions a recipient must understand.</summary>
    private const string CriticalHeader = "crit";
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);
    private static readonly string[] MailboxClaims = ["upn", "smtp", "email"];

    /// <summary>The seconds since 1970 a <see cref="DateTimeOffset"/> can hold; a time outside them is unreadable.</summary>
    private static readonly long EarliestTime = DateTimeOffset.MinValue.ToUnixTimeSeconds();
    private static readonly long LatestTime = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    private readonly BearerOptions bearer;
    private readonly string realm;
    private readonly AccountDirectory accounts;
    private readonly TimeProvider clock;
    private readonly RSA? rsa;

    public BearerTokenConfiguration(
        IOptions<AuthenticationOptions> authentication, IOptions<EwsOptions> ews, AccountDirectory accounts, TimeProvider clock)
    {
        bearer = authentication.Value.Bearer;
        realm = ews.Value.Realm;
        this.accounts = accounts;
        this.clock = clock;
        if (bearer.PublicKeyPem is { Length: > 0 } pem)
        {
            rsa = RSA.Create();
            rsa.ImportFromPem(pem);
        }
    }

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);

    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name != EwsAuthentication.BearerScheme)
        {
            return;
        }

        options.Challenge = $"{EwsAuthentication.BearerScheme} realm=\"{realm}\"";
        options.MapInboundClaims = false;
        if (bearer.Authority is { Length: > 0 } authority)
        {
            options.Authority = authority;
        }

        if (bearer.MetadataAddress is { Length: > 0 } metadata)
        {
            options.MetadataAddress = metadata;
        }

        options.RequireHttpsMetadata = bearer.RequireHttpsMetadata;
        options.TokenValidationParameters = Parameters();
        options.Events = new JwtBearerEvents
        {
            OnMessageReceived = RefuseWhatIsNoJwt,
            OnAuthenticationFailed = DescribeFailure,
            OnTokenValidated = SignInMailbox,
            OnChallenge = SayWhy,
        };
    }

    public void Dispose() => rsa?.Dispose();

    private TokenValidationParameters Parameters()
    {
        var keys = new List<SecurityKey>(2);
        if (bearer.SigningKey is { Length: > 0 } key)
        {
            keys.Add(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)));
        }

        if (rsa is not null)
        {
            keys.Add(new RsaSecurityKey(rsa));
        }

        var parameters = new TokenValidationParameters
        {
            IssuerSigningKeys = keys,
            // An issuer's metadata says who it is; configured keys alone name no issuer to check.
            ValidateIssuer = bearer.UsesIssuerMetadata,
            ValidateAudience = !string.IsNullOrEmpty(bearer.Audience),
            ValidAudience = bearer.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = false,
            ClockSkew = ClockSkew,
            LifetimeValidator = WithinLifetime,
            // An issuer picks its own algorithms; configured keys serve exactly the two this server documents.
            ValidAlgorithms = bearer.UsesIssuerMetadata ? null : [SecurityAlgorithms.HmacSha256, SecurityAlgorithms.RsaSha256],
        };
        if (bearer.AllowUnsignedTokens)
        {
            parameters.SignatureValidator = (token, _) => new JsonWebToken(token);
        }

        return parameters;
    }

    /// <summary>The standard lifetime rule, read on the server's clock rather than the machine's.</summary>
    private bool WithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (expires is { } end && end < now - ClockSkew)
        {
            throw new SecurityTokenExpiredException(Reasons.Expired) { Expires = end };
        }

        if (notBefore is { } start && start > now + ClockSkew)
        {
            throw new SecurityTokenNotYetValidException(Reasons.NotYetValid) { NotBefore = start };
        }

        return true;
    }

    private static Task RefuseWhatIsNoJwt(MessageReceivedContext context)
    {
        var authorization = context.Request.Headers[HeaderNames.Authorization].ToString();
        const string prefix = EwsAuthentication.BearerScheme + " ";
        if (!authorization.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return Task.CompletedTask;
        }

        var token = authorization.AsSpan(prefix.Length).Trim();
        if (token.Length > MaxTokenChars || token.Count('.') != 2)
        {
            context.Fail(Reasons.NotAJwt);
        }
        else
        {
            context.Token = token.ToString();
        }

        return Task.CompletedTask;
    }

    private static Task DescribeFailure(AuthenticationFailedContext context)
    {
        context.Fail(context.Exception switch
        {
            SecurityTokenExpiredException => Reasons.Expired,
            SecurityTokenNotYetValidException => Reasons.NotYetValid,
            SecurityTokenInvalidAudienceException => Reasons.OtherAudience,
            SecurityTokenInvalidIssuerException => Reasons.OtherIssuer,
            SecurityTokenInvalidSignatureException or SecurityTokenInvalidAlgorithmException => Reasons.BadSignature,
            _ => Reasons.Unreadable,
        });
        return Task.CompletedTask;
    }

    private async Task SignInMailbox(TokenValidatedContext context)
    {
        if (context.SecurityToken is JsonWebToken token && (OutOfRange(token, "exp") || OutOfRange(token, "nbf")))
        {
            context.Fail(Reasons.Unreadable);
            return;
        }

        // RFC 7515 §4.1.11: a token whose "crit" names extensions the recipient does not understand is invalid, and
        // this server understands none.
        if (context.SecurityToken is JsonWebToken critical && critical.TryGetHeaderValue<object>(CriticalHeader, out _))
        {
            context.Fail(Reasons.CriticalExtension);
            return;
        }

        string? mailbox = null;
        foreach (var name in MailboxClaims)
        {
            if (SmtpAddresses.TryNormalize(context.Principal?.FindFirst(name)?.Value, out var smtp))
            {
                mailbox = smtp;
                break;
            }
        }

        if (mailbox is null)
        {
            context.Fail(Reasons.NoMailbox);
        }
        else if (await accounts.KnownAsync(mailbox, context.HttpContext.RequestAborted) is { } caller)
        {
            context.Principal = CallerClaims.Principal(caller, EwsAuthentication.BearerScheme);
            context.Success();
        }
        else
        {
            // A valid token for a mailbox that is no account in Strict mode: refused like missing credentials.
            context.NoResult();
        }
    }

    private static bool OutOfRange(JsonWebToken token, string claim) =>
        token.TryGetPayloadValue<long>(claim, out var seconds) && (seconds < EarliestTime || seconds > LatestTime);

    private static Task SayWhy(JwtBearerChallengeContext context)
    {
        if (context.AuthenticateFailure is { } failure)
        {
            context.ErrorDescription = failure.Message;
        }

        return Task.CompletedTask;
    }

    /// <summary>What the challenge's <c>error_description</c> says of a refused token.</summary>
    public static class Reasons
    {
        public const string NotAJwt = "The token is not a JWT.";
        public const string Unreadable = "The token cannot be read.";
        public const string BadSignature = "The token's signature is not valid.";
        public const string Expired = "The token is expired.";
        public const string NotYetValid = "The token is not valid yet.";
        public const string OtherAudience = "The token is for another audience.";
        public const string OtherIssuer = "The token is from another issuer.";
        public const string NoMailbox = "The token names no mailbox (upn, smtp or email).";
        public const string CriticalExtension = "The token names critical extensions (crit) this server does not understand.";
    }
}
