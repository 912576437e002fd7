using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Ews.ImGroups.Storage;

internal sealed class EfMailboxSession(ImGroupsDbContext db, long mailboxId, CancellationToken cancellationToken) : IMailboxSession
{
    public Task<int> CountGroupsAsync(IReadOnlyCollection<string> exceptGroupTypes) =>
        db.Groups.CountAsync(g => g.MailboxId == mailboxId && !exceptGroupTypes.Contains(g.GroupType), cancellationToken);

    public Task<bool> GroupNameExistsAsync(string normalizedName) =>
        db.Groups.AnyAsync(g => g.MailboxId == mailboxId && g.NormalizedDisplayName == normalizedName, cancellationToken);

    public async Task<ImGroup?> FindGroupAsync(long number)
    {
        var row = await db.Groups.AsNoTracking()
            .FirstOrDefaultAsync(g => g.Id == number && g.MailboxId == mailboxId, cancellationToken);
        return row is null ? null : ToGroup(row);
    }

    public async Task<ImGroup?> FindGroupByTypeAsync(string groupType)
    {
        var row = await db.Groups.AsNoTracking()
            .FirstOrDefaultAsync(g => g.MailboxId == mailboxId && g.GroupType == groupType, cancellationToken);
        return row is null ? null : ToGroup(row);
    }

    public async Task<ImContact?> FindContactAsync(long number)
    {
        var row = await db.Contacts.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Id == number && c.MailboxId == mailboxId, cancellationToken);
        return row is null ? null : new ImContact(row.MailboxId, row.Id, row.DisplayName, row.ImAddress, row.Version);
    }

    public async Task<ImGroup> AddGroupAsync(string displayName, string normalizedName, string groupType)
    {
        var row = new GroupRow
        {
            MailboxId = mailboxId,
            DisplayName = displayName,
            NormalizedDisplayName = normalizedName,
            GroupType = groupType,
        };
        db.Groups.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            throw new GroupNameTakenException($"A group named '{displayName}' already exists.", e);
        }

        return ToGroup(row);
    }

    public Task<bool> IsMemberAsync(long groupNumber, long contactNumber) =>
        db.Memberships.AnyAsync(m => m.GroupId == groupNumber && m.ContactId == contactNumber, cancellationToken);

    public async Task AddMemberAsync(long groupNumber, long contactNumber)
    {
        db.Memberships.Add(new MembershipRow { GroupId = groupNumber, ContactId = contactNumber });
        await db.SaveChangesAsync(cancellationToken);
        await db.Groups
            .Where(g => g.Id == groupNumber)
            .ExecuteUpdateAsync(set => set.SetProperty(g => g.Version, g => g.Version + 1), cancellationToken);
    }

    private static ImGroup ToGroup(GroupRow row) =>
        new(row.MailboxId, row.Id, row.DisplayName, row.GroupType, row.Version);
}
