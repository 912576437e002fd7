using Ews.ImGroups.Domain.Lists;
using Microsoft.EntityFrameworkCore;

namespace Ews.ImGroups.Storage;

/// <summary>Reads a list in three queries: groups, memberships with their contacts' versions, contacts.</summary>
internal static class ImListQuery
{
    public static async Task<ImItemList> ReadAsync(ImGroupsDbContext db, long mailboxId, ImListSelection selection, CancellationToken cancellationToken)
    {
        var groupQuery = db.Groups.AsNoTracking().Where(g => g.MailboxId == mailboxId);
        if (selection.GroupNumbers is { } groupNumbers)
        {
            groupQuery = groupQuery.Where(g => groupNumbers.Contains(g.Id));
        }

        var groups = await groupQuery.OrderBy(g => g.Id).ToListAsync(cancellationToken);
        var groupIds = groups.Select(g => g.Id).ToList();
        var memberships = await db.Memberships.AsNoTracking()
            .Where(m => groupIds.Contains(m.GroupId))
            .Join(db.Contacts, m => m.ContactId, c => c.Id, (m, c) => new { m.GroupId, m.ContactId, c.Version })
            .OrderBy(m => m.ContactId)
            .ToListAsync(cancellationToken);

        var contactQuery = db.Contacts.AsNoTracking().Where(c => c.MailboxId == mailboxId);
        contactQuery = selection.ContactNumbers is { } contactNumbers
            ? contactQuery.Where(c => contactNumbers.Contains(c.Id) && db.Memberships.Any(m => m.ContactId == c.Id))
            : contactQuery.Where(c => db.Memberships.Any(m => m.ContactId == c.Id));
        var contacts = await contactQuery.ToListAsync(cancellationToken);

        var members = memberships.ToLookup(m => m.GroupId, m => new ListedMember(m.ContactId, m.Version));
        return new ImItemList(
            groups.Select(Rows.ToGroup)
                .OrderBy(ListOrder)
                .ThenBy(g => g.Number)
                .Select(g => new ListedGroup(g, members[g.Number].ToList()))
                .ToList(),
            contacts.Select(Rows.ToContact)
                .OrderBy(c => c.Details.DisplayName, StringComparer.OrdinalIgnoreCase)
                .ThenBy(c => c.Number)
                .ToList());
    }

    /// <summary>System groups first, in their fixed order, then the others as they were created.</summary>
    private static int ListOrder(ImGroup group)
    {
        for (var i = 0; i < SystemGroups.All.Count; i++)
        {
            if (SystemGroups.All[i].GroupType == group.GroupType)
            {
                return i;
            }
        }

        return SystemGroups.All.Count;
    }
}
