using Ews.ImGroups.Domain.Mailboxes;
using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Host.Identity;
using Ews.ImGroups.Host.Storage;
using Ews.ImGroups.Storage;
using Ews.ImGroups.Storage.Tenants;

namespace Ews.ImGroups.Host.Admin;

/// <summary>
/// What a reset means, for the control API and the dashboard alike: the default tenant goes back to the seed the server
/// started with; any other tenant, which started empty, goes back to empty.
/// </summary>
public sealed class ServerResets(StoreAdministration store, SeedState seed, AccountDirectory accounts, ChangeFeed changes)
{
    /// <summary>
    /// Empties the current tenant's world and loads its seed again; for the default tenant, also restores the configured
    /// accounts, which sign in to every tenant and so are the default tenant's to reset.
    /// </summary>
    public async Task ResetAllAsync(CancellationToken cancellationToken)
    {
        var isDefault = TenantScope.Current == TenantNames.Default;
        await store.ResetAsync(isDefault ? seed.Document : null, cancellationToken);
        if (isDefault)
        {
            await accounts.RestoreAccountsAsync(cancellationToken);
        }

        changes.Notify();
    }

    /// <summary>Brings one mailbox back to its seed state; false when there is no such mailbox.</summary>
    public async Task<bool> ResetMailboxAsync(string address, CancellationToken cancellationToken)
    {
        if (!SmtpAddresses.TryNormalize(address, out var smtp)
            || !await store.ResetMailboxAsync(smtp, TenantScope.Current == TenantNames.Default ? seed.Mailbox(smtp) : null, cancellationToken))
        {
            return false;
        }

        changes.Notify();
        return true;
    }
}
