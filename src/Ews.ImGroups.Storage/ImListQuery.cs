using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Ews.ImGroups.Storage;

/// <summary>Reads a list in three queries: groups, memberships with their contacts' versions, contacts.</summary>
internal static class ImListQuery
{
    // The whole list is what clients read most: its three queries are compiled once instead of translated per read.
    private static readonly Func<ImGroupsDbContext, long, IAsyncEnumerable<GroupRow>> GroupsOf = EF.CompileAsyncQuery<ImGroupsDbContext, long, GroupRow>(
        (ImGroupsDbContext db, long mailboxId) => db.Groups.AsNoTracking().Where(g => g.MailboxId == mailboxId).OrderBy(g => g.Id));

    private static readonly Func<ImGroupsDbContext, long, IAsyncEnumerable<MemberRow>> MembersOf = EF.CompileAsyncQuery<ImGroupsDbContext, long, MemberRow>(
        (ImGroupsDbContext db, long mailboxId) =>
            from m in db.Memberships
            join g in db.Groups on m.GroupId equals g.Id
            join c in db.Contacts on m.ContactId equals c.Id
            where g.MailboxId == mailboxId
            orderby m.ContactId
            select new MemberRow(m.GroupId, m.ContactId, c.Version));

    private static readonly Func<ImGroupsDbContext, long, IAsyncEnumerable<ContactRow>> ListedContactsOf = EF.CompileAsyncQuery<ImGroupsDbContext, long, ContactRow>(
        (ImGroupsDbContext db, long mailboxId) => db.Contacts.AsNoTracking()
            .Where(c => c.MailboxId == mailboxId && db.Memberships.Any(m => m.ContactId == c.Id)));

    public static async Task<ImItemList> ReadAsync(ImGroupsDbContext db, long mailboxId, ImListSelection selection, CancellationToken cancellationToken)
    {
        if (selection.GroupNumbers is null && selection.ContactNumbers is null)
        {
            return Assemble(
                await ToListAsync(GroupsOf(db, mailboxId), cancellationToken),
                await ToListAsync(MembersOf(db, mailboxId), cancellationToken),
                await ToListAsync(ListedContactsOf(db, mailboxId), cancellationToken));
        }

        var groupQuery = db.Groups.AsNoTracking().Where(g => g.MailboxId == mailboxId);
        if (selection.GroupNumbers is { } groupNumbers)
        {
            groupQuery = groupQuery.Where(g => groupNumbers.Contains(g.Id));
        }

        var groups = await groupQuery.OrderBy(g => g.Id).ToListAsync(cancellationToken);
        var groupIds = groups.Select(g => g.Id).ToList();
        var memberships = await (
            from m in db.Memberships
            join c in db.Contacts on m.ContactId equals c.Id
            where groupIds.Contains(m.GroupId)
            orderby m.ContactId
            select new MemberRow(m.GroupId, m.ContactId, c.Version)).ToListAsync(cancellationToken);

        var contactQuery = db.Contacts.AsNoTracking().Where(c => c.MailboxId == mailboxId);
        contactQuery = selection.ContactNumbers is { } contactNumbers
            ? contactQuery.Where(c => contactNumbers.Contains(c.Id) && db.Memberships.Any(m => m.ContactId == c.Id))
            : contactQuery.Where(c => db.Memberships.Any(m => m.ContactId == c.Id));
        return Assemble(groups, memberships, await contactQuery.ToListAsync(cancellationToken));
    }

    private static ImItemList Assemble(List<GroupRow> groups, List<MemberRow> memberships, List<ContactRow> contacts)
    {
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

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            list.Add(row);
        }

        return list;
    }

    private sealed record MemberRow(long GroupId, long ContactId, int Version);

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
