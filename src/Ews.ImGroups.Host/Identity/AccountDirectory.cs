using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using Ews.ImGroups.Domain.Mailboxes;
using Ews.ImGroups.Host.Common;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Identity;

/// <summary>
/// The accounts callers sign in as, under the configured mode: those of configuration and seed, as changed through the
/// control API. Refusals say nothing about why a password failed: an unknown user and a wrong password look the same.
/// </summary>
public sealed class AccountDirectory
{
    private readonly AuthenticationOptions options;
    private readonly IAccountChanges changes;
    private readonly SignInGuard guard;

    /// <summary>The accounts of configuration and seed, which a reset brings back.</summary>
    private readonly FrozenDictionary<string, AccountChange> configured;

    /// <summary>
    /// The hash and a digest of each account's last accepted password: PBKDF2 is slow on purpose, and clients send the
    /// same credentials with every request. The hash is compared with the account's current one at every sign-in, so a
    /// password changed by any replica stops the old one at once.
    /// </summary>
    private readonly ConcurrentDictionary<string, (string Hash, byte[] Digest)> accepted = new(StringComparer.Ordinal);

    /// <summary>The mail domain of each NetBIOS domain, by <see cref="AuthenticationOptions.Domains"/>.</summary>
    private readonly FrozenDictionary<string, string> domains;

    /// <summary>The address of each configured or seeded account with a SamAccountName, by <c>name@maildomain</c>.</summary>
    private readonly FrozenDictionary<string, string> samAccounts;

    /// <summary>Checked for unknown users too, so both refusals take as long.</summary>
    private readonly string unknownUserHash = PasswordHashes.Hash(Guid.NewGuid().ToString());

    public AccountDirectory(IOptions<AuthenticationOptions> authentication, IOptions<Configuration.EwsOptions> ews, IAccountChanges changes,
        SignInGuard guard)
    {
        options = authentication.Value;
        this.changes = changes;
        this.guard = guard;
        var accounts = options.Accounts.Concat(SeedAccounts.Read(ews.Value))
            .Select(a => (Smtp: SmtpAddresses.TryNormalize(a.SmtpAddress, out var smtp) ? smtp : a.SmtpAddress, Account: a))
            .ToList();
        configured = accounts.ToFrozenDictionary(
            a => a.Smtp,
            a => new AccountChange(
                a.Account.PasswordHash ?? PasswordHashes.Hash(a.Account.Password ?? string.Empty), a.Account.MayImpersonate),
            StringComparer.Ordinal);
        domains = options.Domains.ToFrozenDictionary(d => d.Key, d => d.Value.Trim(), StringComparer.OrdinalIgnoreCase);
        samAccounts = accounts
            .Where(a => !string.IsNullOrWhiteSpace(a.Account.SamAccountName))
            .ToFrozenDictionary(a => SamKey(a.Account.SamAccountName!, a.Smtp), a => a.Smtp, StringComparer.OrdinalIgnoreCase);
    }

    public AuthenticationMode Mode => options.Mode;

    /// <summary>Whether a mailbox may be used as an impersonation target: any in AutoProvision mode, accounts in Strict.</summary>
    public async ValueTask<bool> MayExistAsync(string smtpAddress, CancellationToken cancellationToken) =>
        options.Mode == AuthenticationMode.AutoProvision || await FindAsync(smtpAddress, cancellationToken) is not null;

    /// <summary>
    /// The caller a user name (a normalized address or a <c>DOMAIN\user</c> name) and password from a client address
    /// sign in as, or null. The caller is always named by the mailbox's address. A user name locked by its failures is
    /// refused without a check, whatever the password, so a lockout tells a guesser nothing.
    /// </summary>
    public async ValueTask<Caller?> SignInAsync(string userName, string password, string address, CancellationToken cancellationToken)
    {
        var user = DomainUserNames.TryParse(userName, out var domain, out var name)
            ? await ResolveAsync(domain, name, cancellationToken)
            : userName;
        if (options.Mode == AuthenticationMode.AutoProvision)
        {
            return user is null ? null : new Caller(user, options.AutoProvisionMayImpersonate);
        }

        var key = user ?? userName.ToUpperInvariant();
        if (guard.IsLocked(key, address))
        {
            return null;
        }

        // Checked all the same for an unresolved name or unknown account, so that it is refused as slowly as a wrong password.
        var account = user is null ? null : await FindAsync(user, cancellationToken);
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(password));
        if (account is not null && accepted.TryGetValue(user!, out var last)
            && last.Hash == account.PasswordHash && CryptographicOperations.FixedTimeEquals(last.Digest, digest))
        {
            guard.Succeeded(key);
            return new Caller(user!, account.MayImpersonate);
        }

        if (!await guard.VerifyAsync(password, account?.PasswordHash ?? unknownUserHash, cancellationToken) || account is null)
        {
            guard.PasswordFailed(account is null ? SignInFailure.UnknownUser : SignInFailure.Password, key, address);
            return null;
        }

        guard.Succeeded(key);
        accepted[user!] = (account.PasswordHash!, digest);
        return new Caller(user!, account.MayImpersonate);
    }

    /// <summary>The caller a token's mailbox signs in as: anyone in AutoProvision mode, accounts only in Strict.</summary>
    public async ValueTask<Caller?> KnownAsync(string mailbox, CancellationToken cancellationToken) => options.Mode == AuthenticationMode.AutoProvision
        ? new Caller(mailbox, options.AutoProvisionMayImpersonate)
        : await FindAsync(mailbox, cancellationToken) is { } account ? new Caller(mailbox, account.MayImpersonate) : null;

    /// <summary>Adds or replaces a Strict-mode account.</summary>
    public Task SetAccountAsync(string smtpAddress, string password, bool mayImpersonate, CancellationToken cancellationToken) =>
        changes.SetAsync(smtpAddress, new AccountChange(PasswordHashes.Hash(password), mayImpersonate), cancellationToken);

    public Task RemoveAccountAsync(string smtpAddress, CancellationToken cancellationToken) =>
        changes.SetAsync(smtpAddress, new AccountChange(null, false), cancellationToken);

    /// <summary>Brings back the accounts of configuration and seed, dropping the changes made since.</summary>
    public async Task RestoreAccountsAsync(CancellationToken cancellationToken)
    {
        await changes.ClearAsync(cancellationToken);
        accepted.Clear();
    }

    /// <summary>
    /// The address a <c>DOMAIN\user</c> name stands for, or null when the domain is not mapped. In Strict mode the
    /// account with that SamAccountName in the mapped mail domain comes first, then <c>user@maildomain</c>.
    /// </summary>
    private async ValueTask<string?> ResolveAsync(string domain, string name, CancellationToken cancellationToken)
    {
        if (!domains.TryGetValue(domain, out var mailDomain))
        {
            return null;
        }

        if (options.Mode == AuthenticationMode.Strict && samAccounts.TryGetValue($"{name}@{mailDomain}", out var bySam)
            && await FindAsync(bySam, cancellationToken) is not null)
        {
            return bySam;
        }

        return SmtpAddresses.TryNormalize($"{name}@{mailDomain}", out var byName) ? byName : null;
    }

    /// <summary>How an account is found by SamAccountName: the name in its address's domain, compared without regard to case.</summary>
    internal static string SamKey(string samAccountName, string smtpAddress) =>
        $"{samAccountName.Trim()}@{smtpAddress[(smtpAddress.LastIndexOf('@') + 1)..]}";

    /// <summary>The account in force: the control API's change when there is one, otherwise configuration's.</summary>
    private async ValueTask<AccountChange?> FindAsync(string smtpAddress, CancellationToken cancellationToken)
    {
        var change = await changes.FindAsync(smtpAddress, cancellationToken);
        if (change is not null)
        {
            return change.PasswordHash is null ? null : change;
        }

        return configured.GetValueOrDefault(smtpAddress);
    }
}
