using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using Ews.ImGroups.Domain.Mailboxes;
using Ews.ImGroups.Host.Common;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Identity;

/// <summary>
/// The accounts callers sign in as, under the configured mode. Refusals say nothing about why a password failed: an
/// unknown user and a wrong password look the same.
/// </summary>
public sealed class AccountDirectory
{
    private readonly AuthenticationOptions options;

    /// <summary>The accounts of configuration and seed, which a reset brings back.</summary>
    private readonly FrozenDictionary<string, (string Hash, bool MayImpersonate)> configured;

    /// <summary>The accounts in force: the configured ones as changed through the control API.</summary>
    private ConcurrentDictionary<string, (string Hash, bool MayImpersonate)> accounts;

    /// <summary>
    /// A digest of each account's last accepted password: PBKDF2 is slow on purpose, and clients send the same
    /// credentials with every request.
    /// </summary>
    private readonly ConcurrentDictionary<string, byte[]> accepted = new(StringComparer.Ordinal);

    /// <summary>Checked for unknown users too, so both refusals take as long.</summary>
    private readonly string unknownUserHash = PasswordHashes.Hash(Guid.NewGuid().ToString());

    public AccountDirectory(IOptions<AuthenticationOptions> authentication, IOptions<Configuration.EwsOptions> ews)
    {
        options = authentication.Value;
        configured = options.Accounts.Concat(SeedAccounts.Read(ews.Value)).ToFrozenDictionary(
            a => SmtpAddresses.TryNormalize(a.SmtpAddress, out var smtp) ? smtp : a.SmtpAddress,
            a => (a.PasswordHash ?? PasswordHashes.Hash(a.Password ?? string.Empty), a.MayImpersonate),
            StringComparer.Ordinal);
        accounts = new ConcurrentDictionary<string, (string Hash, bool MayImpersonate)>(configured, StringComparer.Ordinal);
    }

    public AuthenticationMode Mode => options.Mode;

    /// <summary>Whether a mailbox may be used as an impersonation target: any in AutoProvision mode, accounts in Strict.</summary>
    public bool MayExist(string smtpAddress) => options.Mode == AuthenticationMode.AutoProvision || accounts.ContainsKey(smtpAddress);

    /// <summary>The caller a user name (a normalized address) and password sign in as, or null.</summary>
    public Caller? SignIn(string user, string password)
    {
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

    /// <summary>The caller a token's mailbox signs in as: anyone in AutoProvision mode, accounts only in Strict.</summary>
    public Caller? Known(string mailbox) => options.Mode == AuthenticationMode.AutoProvision
        ? new Caller(mailbox, options.AutoProvisionMayImpersonate)
        : accounts.TryGetValue(mailbox, out var account) ? new Caller(mailbox, account.MayImpersonate) : null;

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
}
