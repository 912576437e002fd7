using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using Ews.ImGroups.Domain.Mailboxes;
using Ews.ImGroups.Host.Common;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Identity;

/// <summary>
/// Decides who a request comes from, by Basic credentials or a bearer token, under the configured mode. Refusals say
/// nothing about why a Basic login failed: an unknown user and a wrong password look the same.
/// </summary>
public sealed class CallerAuthenticator
{
    private readonly AuthenticationOptions options;
    private readonly BearerTokens bearer;
    /// <summary>The accounts of configuration and seed, which a reset brings back.</summary>
    private readonly FrozenDictionary<string, (string Hash, bool MayImpersonate)> configured;

    /// <summary>The accounts in force: the configured ones as changed through the control API.</summary>
    private ConcurrentDictionary<string, (string Hash, bool MayImpersonate)> accounts;
    private readonly string basicChallenge;
    private readonly string bearerChallenge;

    /// <summary>
    /// A digest of each account's last accepted password: PBKDF2 is slow on purpose, and clients send the same
    /// credentials with every request.
    /// </summary>
    private readonly ConcurrentDictionary<string, byte[]> accepted = new(StringComparer.Ordinal);

    /// <summary>Checked for unknown users too, so both refusals take as long.</summary>
    private readonly string unknownUserHash = PasswordHashes.Hash(Guid.NewGuid().ToString());

    public CallerAuthenticator(IOptions<AuthenticationOptions> authentication, IOptions<Configuration.EwsOptions> ews, BearerTokens bearer)
    {
        options = authentication.Value;
        this.bearer = bearer;
        configured = options.Accounts.Concat(SeedAccounts.Read(ews.Value)).ToFrozenDictionary(
            a => SmtpAddresses.TryNormalize(a.SmtpAddress, out var smtp) ? smtp : a.SmtpAddress,
            a => (a.PasswordHash ?? PasswordHashes.Hash(a.Password ?? string.Empty), a.MayImpersonate),
            StringComparer.Ordinal);
        accounts = new ConcurrentDictionary<string, (string Hash, bool MayImpersonate)>(configured, StringComparer.Ordinal);
        basicChallenge = $"{BasicCredentials.Scheme} realm=\"{ews.Value.Realm}\"";
        bearerChallenge = $"{BearerTokens.Scheme} realm=\"{ews.Value.Realm}\"";
    }

    public (Caller? Caller, string? BearerError) Authenticate(HttpRequest request)
    {
        if (BasicCredentials.IsOffered(request))
        {
            return (BasicCaller(request), null);
        }

        if (bearer.Enabled && BearerTokens.IsOffered(request))
        {
            var (mailbox, error) = bearer.Validate(request);
            return error is not null ? (null, error) : (Known(mailbox!), null);
        }

        return (null, null);
    }

    /// <summary>The caller, or null once the request has been answered with 401 and the challenges.</summary>
    public Caller? AuthenticateOrChallenge(HttpContext context)
    {
        var (caller, bearerError) = Authenticate(context.Request);
        if (caller is null)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = Challenges(bearerError);
        }

        return caller;
    }

    /// <summary>True, with 405 and <c>Allow: POST</c> answered, when the request is not a POST.</summary>
    public static bool RefuseUnlessPost(HttpContext context)
    {
        if (HttpMethods.IsPost(context.Request.Method))
        {
            return false;
        }

        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = HttpMethods.Post;
        return true;
    }

    /// <summary>The challenges of every enabled scheme, the bearer one saying what was wrong with a refused token.</summary>
    public string[] Challenges(string? bearerError) => bearer.Enabled
        ? [basicChallenge, bearerError is null ? bearerChallenge : $"{bearerChallenge}, error=\"invalid_token\", error_description=\"{bearerError}\""]
        : [basicChallenge];

    /// <summary>Whether a mailbox may be used as an impersonation target: any in AutoProvision mode, accounts in Strict.</summary>
    public bool MayExist(string smtpAddress) => options.Mode == AuthenticationMode.AutoProvision || accounts.ContainsKey(smtpAddress);

    public AuthenticationMode Mode => options.Mode;

    /// <summary>Adds or replaces a Strict-mode account.</summary>
    public void SetAccount(string smtpAddress, string password, bool mayImpersonate)
    {
        accounts[smtpAddress] = (PasswordHashes.Hash(password), mayImpersonate);
        accepted.TryRemove(smtpAddress, out _);
    }

    public void RemoveAccount(string smtpAddress)
    {
        accounts.TryRemove(smtpAddress, out _);
        accepted.TryRemove(smtpAddress, out _);
    }

    /// <summary>Brings back the accounts of configuration and seed, dropping those added since.</summary>
    public void RestoreAccounts()
    {
        // One swap, so requests during a reset see either the old accounts or the restored ones, never none.
        Volatile.Write(ref accounts, new ConcurrentDictionary<string, (string Hash, bool MayImpersonate)>(configured, StringComparer.Ordinal));
        accepted.Clear();
    }

    private Caller? BasicCaller(HttpRequest request)
    {
        if (BasicCredentials.Read(request) is not var (user, password))
        {
            return null;
        }

        if (options.Mode == AuthenticationMode.AutoProvision)
        {
            return new Caller(user, options.AutoProvisionMayImpersonate);
        }

        var known = accounts.TryGetValue(user, out var account);
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(password));
        if (known && accepted.TryGetValue(user, out var last) && CryptographicOperations.FixedTimeEquals(last, digest))
        {
            return new Caller(user, account.MayImpersonate);
        }

        if (!PasswordHashes.Verify(password, known ? account.Hash : unknownUserHash) || !known)
        {
            return null;
        }

        accepted[user] = digest;
        return new Caller(user, account.MayImpersonate);
    }

    private Caller? Known(string mailbox) => options.Mode == AuthenticationMode.AutoProvision
        ? new Caller(mailbox, options.AutoProvisionMayImpersonate)
        : accounts.TryGetValue(mailbox, out var account) ? new Caller(mailbox, account.MayImpersonate) : null;
}
