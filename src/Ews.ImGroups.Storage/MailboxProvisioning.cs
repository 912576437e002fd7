using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Storage.Entities;

namespace Ews.ImGroups.Storage;

/// <summary>Creates a mailbox together with the system groups its IM list starts with.</summary>
internal static class MailboxProvisioning
{
    /// <summary>Adds the mailbox and its groups; the caller owns the transaction that makes them one change.</summary>
    public static async Task AddAsync(ImGroupsDbContext db, MailboxRow mailbox, CancellationToken cancellationToken)
    {
        db.Mailboxes.Add(mailbox);
        await db.SaveChangesAsync(cancellationToken);
        await AddSystemGroupsAsync(db, mailbox, cancellationToken);
    }

    /// <summary>Gives a mailbox the system groups every list starts with.</summary>
    public static async Task AddSystemGroupsAsync(ImGroupsDbContext db, MailboxRow mailbox, CancellationToken cancellationToken)
    {
        foreach (var (displayName, groupType) in SystemGroups.All)
        {
            db.Groups.Add(new GroupRow
            {
                MailboxId = mailbox.Id,
                DisplayName = displayName,
                NormalizedDisplayName = GroupNames.Normalize(displayName),
                GroupType = groupType,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
