using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Ews.ImGroups.Storage;

internal sealed class EfMailboxSession(ImGroupsDbContext db, long mailboxId, CancellationToken cancellationToken) : IMailboxSession
{
    private IQueryable<GroupRow> Groups => db.Groups.AsNoTracking().Where(g => g.MailboxId == mailboxId);

    private IQueryable<ContactRow> Contacts => db.Contacts.AsNoTracking().Where(c => c.MailboxId == mailboxId);

    private IQueryable<MembershipRow> Memberships => db.Memberships.Where(m => db.Groups.Any(g => g.Id == m.GroupId && g.MailboxId == mailboxId));

    // The checks every group or contact change makes, compiled once instead of translated per request.
    private static readonly Func<ImGroupsDbContext, long, string, long, CancellationToken, Task<bool>> NameTaken = EF.CompileAsyncQuery(
        (ImGroupsDbContext db, long mailboxId, string normalizedName, long exceptNumber, CancellationToken _) =>
            db.Groups.Any(g => g.MailboxId == mailboxId && g.NormalizedDisplayName == normalizedName && g.Id != exceptNumber));

    private static readonly Func<ImGroupsDbContext, long, string[], CancellationToken, Task<int>> GroupCount = EF.CompileAsyncQuery(
        (ImGroupsDbContext db, long mailboxId, string[] exceptGroupTypes, CancellationToken _) =>
            db.Groups.Count(g => g.MailboxId == mailboxId && !exceptGroupTypes.Contains(g.GroupType)));

    private static readonly Func<ImGroupsDbContext, long, long, CancellationToken, Task<GroupRow?>> GroupByNumber = EF.CompileAsyncQuery(
        (ImGroupsDbContext db, long mailboxId, long number, CancellationToken _) =>
            db.Groups.AsNoTracking().FirstOrDefault(g => g.MailboxId == mailboxId && g.Id == number));

    private static readonly Func<ImGroupsDbContext, long, string, CancellationToken, Task<GroupRow?>> GroupByType = EF.CompileAsyncQuery(
        (ImGroupsDbContext db, long mailboxId, string groupType, CancellationToken _) =>
            db.Groups.AsNoTracking().Where(g => g.MailboxId == mailboxId && g.GroupType == groupType).OrderBy(g => g.Id).FirstOrDefault());

    private static readonly Func<ImGroupsDbContext, long, long, CancellationToken, Task<GroupRow?>> TrackedGroup = EF.CompileAsyncQuery(
        (ImGroupsDbContext db, long mailboxId, long number, CancellationToken _) =>
            db.Groups.FirstOrDefault(g => g.MailboxId == mailboxId && g.Id == number));

    private static readonly Func<ImGroupsDbContext, long, long, CancellationToken, Task<ContactRow?>> ContactByNumber = EF.CompileAsyncQuery(
        (ImGroupsDbContext db, long mailboxId, long number, CancellationToken _) =>
            db.Contacts.AsNoTracking().FirstOrDefault(c => c.MailboxId == mailboxId && c.Id == number));

    private static readonly Func<ImGroupsDbContext, long, string, CancellationToken, Task<ContactRow?>> ContactByImAddress = EF.CompileAsyncQuery(
        (ImGroupsDbContext db, long mailboxId, string normalizedImAddress, CancellationToken _) =>
            db.Contacts.AsNoTracking().FirstOrDefault(c => c.MailboxId == mailboxId && c.NormalizedImAddress == normalizedImAddress));

    private static readonly Func<ImGroupsDbContext, long, CancellationToken, Task<int>> ListedContactCount = EF.CompileAsyncQuery(
        (ImGroupsDbContext db, long mailboxId, CancellationToken _) =>
            db.Contacts.Count(c => c.MailboxId == mailboxId && db.Memberships.Any(m => m.ContactId == c.Id)));

    private static readonly Func<ImGroupsDbContext, long, long, long, CancellationToken, Task<bool>> Membership = EF.CompileAsyncQuery(
        (ImGroupsDbContext db, long mailboxId, long groupNumber, long contactNumber, CancellationToken _) =>
            db.Memberships.Any(m => m.GroupId == groupNumber && m.ContactId == contactNumber
                && db.Groups.Any(g => g.Id == m.GroupId && g.MailboxId == mailboxId)));

    public Task<int> CountGroupsAsync(IReadOnlyCollection<string> exceptGroupTypes) =>
        GroupCount(db, mailboxId, [.. exceptGroupTypes], cancellationToken);

    public Task<bool> GroupNameExistsAsync(string normalizedName, long? exceptNumber = null) =>
        NameTaken(db, mailboxId, normalizedName, exceptNumber ?? 0, cancellationToken);

    public async Task<ImGroup?> FindGroupAsync(long number) =>
        await GroupByNumber(db, mailboxId, number, cancellationToken) is { } row ? Rows.ToGroup(row) : null;

    public async Task<ImGroup?> FindGroupByTypeAsync(string groupType) =>
        await GroupByType(db, mailboxId, groupType, cancellationToken) is { } row ? Rows.ToGroup(row) : null;

    public Task<ImGroup?> FindDistributionGroupAsync(string smtpAddress) =>
        FirstGroupAsync(Groups.Where(g => g.GroupType == GroupTypes.DistributionGroup && g.SmtpAddress == smtpAddress));

    public async Task<ImGroup> AddGroupAsync(string displayName, string normalizedName, string groupType, string? smtpAddress = null)
    {
        var row = new GroupRow
        {
            MailboxId = mailboxId,
            DisplayName = displayName,
            NormalizedDisplayName = normalizedName,
            GroupType = groupType,
            SmtpAddress = smtpAddress,
        };
        db.Groups.Add(row);
        await SaveNamedAsync(displayName);
        return Rows.ToGroup(row);
    }

    public async Task<ImGroup> RenameGroupAsync(ImGroup group, string displayName, string normalizedName)
    {
        var row = await TrackedGroup(db, mailboxId, group.Number, cancellationToken)
            ?? throw new InvalidOperationException($"Group {group.Number} left mailbox {mailboxId} inside its own change.");
        row.DisplayName = displayName;
        row.NormalizedDisplayName = normalizedName;
        row.Version++;
        await SaveNamedAsync(displayName);
        return Rows.ToGroup(row);
    }

    public Task RemoveGroupAsync(long number) => Groups.Where(g => g.Id == number).ExecuteDeleteAsync(cancellationToken);

    public async Task<ImContact?> FindContactAsync(long number) =>
        await ContactByNumber(db, mailboxId, number, cancellationToken) is { } row ? Rows.ToContact(row) : null;

    public async Task<ImContact?> FindContactByImAddressAsync(string normalizedImAddress) =>
        await ContactByImAddress(db, mailboxId, normalizedImAddress, cancellationToken) is { } row ? Rows.ToContact(row) : null;

    public async Task<ImContact> AddContactAsync(ContactDetails details, string? normalizedImAddress, DateTimeOffset createdAt)
    {
        // The IM list makes its contacts itself: they are quick contacts, and no seed names them.
        var row = Rows.NewContact(mailboxId, details, normalizedImAddress, createdAt, isQuickContact: true);
        db.Contacts.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return Rows.ToContact(row);
    }

    public Task RemoveContactAsync(long number) => Contacts.Where(c => c.Id == number).ExecuteDeleteAsync(cancellationToken);

    public Task<int> CountListedContactsAsync() => ListedContactCount(db, mailboxId, cancellationToken);

    public Task<bool> IsListedAsync(long contactNumber) => Memberships.AnyAsync(m => m.ContactId == contactNumber, cancellationToken);

    public Task<bool> IsMemberAsync(long groupNumber, long contactNumber) =>
        Membership(db, mailboxId, groupNumber, contactNumber, cancellationToken);

    public async Task AddMemberAsync(long groupNumber, long contactNumber)
    {
        db.Memberships.Add(new MembershipRow { GroupId = groupNumber, ContactId = contactNumber });
        await db.SaveChangesAsync(cancellationToken);
        await BumpGroupAsync(groupNumber);
    }

    public async Task RemoveMemberAsync(long groupNumber, long contactNumber)
    {
        await db.Database.ExecuteSqlAsync(
            $"DELETE FROM Memberships WHERE GroupId = {groupNumber} AND ContactId = {contactNumber} AND GroupId IN (SELECT Id FROM Groups WHERE MailboxId = {mailboxId})",
            cancellationToken);
        await BumpGroupAsync(groupNumber);
    }

    public async Task RemoveFromAllGroupsAsync(long contactNumber)
    {
        await BumpAsync(Groups.Where(g => db.Memberships.Any(m => m.GroupId == g.Id && m.ContactId == contactNumber)));
        await Memberships.Where(m => m.ContactId == contactNumber).ExecuteDeleteAsync(cancellationToken);
    }

    public Task SetMigrationCompletedAsync(bool completed) =>
        db.Mailboxes.Where(m => m.Id == mailboxId)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.ImListMigrationCompleted, completed), cancellationToken);

    /// <summary>A group's change key moves with its members; one statement, no query to translate.</summary>
    private Task<int> BumpGroupAsync(long groupNumber) => db.Database.ExecuteSqlAsync(
        $"UPDATE Groups SET Version = Version + 1 WHERE Id = {groupNumber} AND MailboxId = {mailboxId}", cancellationToken);

    private Task<int> BumpAsync(IQueryable<GroupRow> groups) =>
        groups.ExecuteUpdateAsync(set => set.SetProperty(g => g.Version, g => g.Version + 1), cancellationToken);

    private async Task<ImGroup?> FirstGroupAsync(IQueryable<GroupRow> query) =>
        await query.FirstOrDefaultAsync(cancellationToken) is { } row ? Rows.ToGroup(row) : null;

    private async Task SaveNamedAsync(string displayName)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            throw new GroupNameTakenException($"A group named '{displayName}' already exists.", e);
        }
    }
}
