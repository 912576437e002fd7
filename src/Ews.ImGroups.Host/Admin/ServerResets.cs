using Ews.ImGroups.Domain.Mailboxes;
using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Host.Identity;
using Ews.ImGroups.Host.Storage;
using Ews.ImGroups.Storage;

namespace Ews.ImGroups.Host.Admin;

/// <summary>What a reset means, for the control API and the dashboard alike: back to the seed the server started with.</summary>
public sealed class ServerResets(StoreAdministration store, SeedState seed, AccountDirectory accounts, ChangeFeed changes)
{
    /// <summary>Empties the store, loads the start-up seed again and restores the configured accounts.</summary>
    public async Task ResetAllAsync(CancellationToken cancellationToken)
    {
        await store.ResetAsync(seed.Document, cancellationToken);
        await accounts.RestoreAccountsAsync(cancellationToken);
        changes.Notify();
    }

    /// <summary>Brings one mailbox back to its seed state; false when there is no such mailbox.</summary>
    public async Task<bool> ResetMailboxAsync(string address, CancellationToken cancellationToken)
    {
        if (!SmtpAddresses.TryNormalize(address, out var smtp) || !await store.ResetMailboxAsync(smtp, seed.Mailbox(smtp), cancellationToken))
        {
            return false;
        }

        changes.Notify();
        return true;
    }
}
