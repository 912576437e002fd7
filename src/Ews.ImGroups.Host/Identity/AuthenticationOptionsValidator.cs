using Ews.ImGroups.Domain.Mailboxes;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Identity;

/// <summary>Checks at start-up that the configured accounts and token keys can work.</summary>
public sealed class AuthenticationOptionsValidator(IOptions<Configuration.EwsOptions> ews) : IValidateOptions<AuthenticationOptions>
{
    private const int MinimumSigningKeyBytes = 32;
    private const string Section = IdentitySetup.SectionName;

    public ValidateOptionsResult Validate(string? name, AuthenticationOptions options)
    {
        var failures = new List<string>();
        var accounts = options.Accounts.Concat(SeedAccounts.Read(ews.Value)).ToList();
        if (options.Mode == AuthenticationMode.Strict && accounts.Count == 0)
        {
            failures.Add($"{Section}:Mode Strict needs at least one account in {Section}:Accounts or the seed file.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var samNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var account in accounts)
        {
            if (!SmtpAddresses.TryNormalize(account.SmtpAddress, out var smtp) || !seen.Add(smtp))
            {
                failures.Add($"{Section}:Accounts: '{account.SmtpAddress}' is not a unique e-mail address.");
            }

            // DOMAIN\name finds the account by name within its address's domain, so the pair must name one account.
            if (account.SamAccountName is { } sam && (string.IsNullOrWhiteSpace(sam) || sam.AsSpan().IndexOfAny('\\', '@') >= 0
                || !samNames.Add(AccountDirectory.SamKey(sam, smtp))))
            {
                failures.Add($"{Section}:Accounts: '{account.SmtpAddress}' has a SamAccountName that is empty, holds '\\' or '@', "
                    + "or is another account's in the same mail domain.");
            }

            if ((account.Password is null) == (account.PasswordHash is null)
                || (account.PasswordHash is { } hash && !PasswordHashes.IsWellFormed(hash)))
            {
                failures.Add($"{Section}:Accounts: '{account.SmtpAddress}' needs either a Password or a well-formed PasswordHash.");
            }
        }

        foreach (var (netBios, mailDomain) in options.Domains)
        {
            // A mail domain is good when it makes a valid address, spelt as given.
            if (netBios.AsSpan().IndexOfAny('\\', '@') >= 0 || mailDomain is null
                || !SmtpAddresses.TryNormalize($"user@{mailDomain}", out var address)
                || !address.Equals($"user@{mailDomain.Trim()}", StringComparison.OrdinalIgnoreCase))
            {
                failures.Add($"{Section}:Domains:{netBios}: '{mailDomain}' is not a mail domain, the part of an address after '@'.");
            }
        }

        var bearer = options.Bearer;
        if (bearer.SigningKey is { Length: > 0 } signingKey && System.Text.Encoding.UTF8.GetByteCount(signingKey) < MinimumSigningKeyBytes)
        {
            failures.Add($"{Section}:Bearer:SigningKey must be at least {MinimumSigningKeyBytes} bytes, as HS256 keys should be.");
        }

        if (bearer.Enabled && string.IsNullOrEmpty(bearer.SigningKey) && string.IsNullOrEmpty(bearer.PublicKeyPem)
            && !bearer.UsesIssuerMetadata && !bearer.AllowUnsignedTokens)
        {
            failures.Add($"{Section}:Bearer needs a SigningKey, a PublicKeyPem or AllowUnsignedTokens when Enabled, "
                + "or an Authority or MetadataAddress to fetch an issuer's keys from.");
        }

        foreach (var (setting, value) in new[] { ("Authority", bearer.Authority), ("MetadataAddress", bearer.MetadataAddress) })
        {
            if (value is { Length: > 0 } && !(Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps
                || (uri.Scheme == Uri.UriSchemeHttp && !bearer.RequireHttpsMetadata))))
            {
                failures.Add($"{Section}:Bearer:{setting} must be an https URL (http only with RequireHttpsMetadata false).");
            }
        }

        if (bearer.PublicKeyPem is { Length: > 0 } pem && !IsRsaPublicKey(pem))
        {
            failures.Add($"{Section}:Bearer:PublicKeyPem is not an RSA public key in PEM form.");
        }

        if (options.MaxAutoProvisionedMailboxes < 0)
        {
            failures.Add($"{Section}:MaxAutoProvisionedMailboxes must be at least 0 (0: sign-ins create no mailboxes).");
        }

        var throttle = options.Throttle;
        if (throttle.MaxFailuresPerAccount < 1 || throttle.MaxFailuresPerAddress < 1 || throttle.WindowSeconds < 1
            || throttle.MaxConcurrentVerifications < 0)
        {
            failures.Add($"{Section}:Throttle: MaxFailuresPerAccount, MaxFailuresPerAddress and WindowSeconds must be at least 1, "
                + "MaxConcurrentVerifications at least 0 (0 picks one fewer than the processors).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsRsaPublicKey(string pem)
    {
        using var rsa = System.Security.Cryptography.RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }
}
