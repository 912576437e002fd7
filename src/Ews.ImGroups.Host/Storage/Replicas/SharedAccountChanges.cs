using Ews.ImGroups.Host.Identity;
using Ews.ImGroups.Storage.PostgreSql.Coordination;

namespace Ews.ImGroups.Host.Storage.Replicas;

/// <summary>The control API's account changes in the table every replica shares, read at every sign-in.</summary>
public sealed class SharedAccountChanges(SharedAccounts table) : IAccountChanges
{
    public async ValueTask<AccountChange?> FindAsync(string smtpAddress, CancellationToken cancellationToken) =>
        await table.FindAsync(smtpAddress, cancellationToken) is { } change ? new AccountChange(change.PasswordHash, change.MayImpersonate) : null;

    public Task SetAsync(string smtpAddress, AccountChange change, CancellationToken cancellationToken) => change.PasswordHash is { } hash
        ? table.SetAsync(smtpAddress, hash, change.MayImpersonate, cancellationToken)
        : table.RemoveAsync(smtpAddress, cancellationToken);

    public Task ClearAsync(CancellationToken cancellationToken) => table.ClearAsync(cancellationToken);
}
