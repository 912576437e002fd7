using Ews.ImGroups.Domain.Lists;

namespace Ews.ImGroups.Domain.Mailboxes;

/// <summary>Storage port for the mailboxes themselves.</summary>
public interface IMailboxDirectory
{
    /// <summary>Returns the mailbox for a normalized SMTP address, creating it on first use.</summary>
    Task<Mailbox> GetOrCreateAsync(string smtpAddress, CancellationToken cancellationToken);

    /// <summary>
    /// Returns the mailbox for a normalized SMTP address, creating it on first use only while the store holds fewer
    /// than <paramref name="maxMailboxes"/> mailboxes; null when there is none and the store is full. The count is the
    /// store's, so every server sharing it keeps to the one limit.
    /// </summary>
    Task<Mailbox?> GetOrCreateWithinAsync(string smtpAddress, int maxMailboxes, CancellationToken cancellationToken);

    /// <summary>Finds a mailbox by its SID in the form <see cref="SecurityIdentifiers.TryNormalize"/> gives.</summary>
    Task<Mailbox?> FindBySidAsync(string sid, CancellationToken cancellationToken);

    /// <summary>Finds a directory distribution group by its normalized SMTP address.</summary>
    Task<DirectoryGroup?> FindDistributionGroupAsync(string smtpAddress, CancellationToken cancellationToken);
}
