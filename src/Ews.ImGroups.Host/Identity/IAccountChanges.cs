using System.Collections.Concurrent;

namespace Ews.ImGroups.Host.Identity;

/// <summary>A change the control API made to an account: a new password hash, or none when the account was removed.</summary>
public sealed record AccountChange(string? PasswordHash, bool MayImpersonate);

/// <summary>
/// Where the control API's changes to the configured accounts are kept: this process's memory, or a table every replica
/// shares. A reset forgets them all, which brings back the accounts of configuration and seed.
/// </summary>
public interface IAccountChanges
{
    ValueTask<AccountChange?> FindAsync(string smtpAddress, CancellationToken cancellationToken);

    Task SetAsync(string smtpAddress, AccountChange change, CancellationToken cancellationToken);

    Task ClearAsync(CancellationToken cancellationToken);
}

/// <summary>The account changes of one server process.</summary>
public sealed class MemoryAccountChanges : IAccountChanges
{
    private readonly ConcurrentDictionary<string, AccountChange> changes = new(StringComparer.Ordinal);

    public ValueTask<AccountChange?> FindAsync(string smtpAddress, CancellationToken cancellationToken) =>
        ValueTask.FromResult(changes.GetValueOrDefault(smtpAddress));

    public Task SetAsync(string smtpAddress, AccountChange change, CancellationToken cancellationToken)
    {
        changes[smtpAddress] = change;
        return Task.CompletedTask;
    }

    public Task ClearAsync(CancellationToken cancellationToken)
    {
        changes.Clear();
        return Task.CompletedTask;
    }
}
