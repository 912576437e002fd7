using Ews.ImGroups.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Ews.ImGroups.Storage.Tests;

/// <summary>Reads of what the store committed, each on a fresh context so nothing comes from a change tracker.</summary>
internal static class StoreQueries
{
    public static async Task<MailboxRow> MailboxAsync(IServiceProvider services, string smtp)
    {
        await using var db = await TempDatabase.OpenAsync(services);
        return await db.Mailboxes.AsNoTracking().SingleAsync(m => m.SmtpAddress == smtp);
    }

    public static async Task<MailboxRow> MailboxAsync(IServiceProvider services, long mailboxId)
    {
        await using var db = await TempDatabase.OpenAsync(services);
        return await db.Mailboxes.AsNoTracking().SingleAsync(m => m.Id == mailboxId);
    }

    public static async Task<List<GroupRow>> GroupsAsync(IServiceProvider services, long mailboxId)
    {
        await using var db = await TempDatabase.OpenAsync(services);
        return await db.Groups.AsNoTracking().Where(g => g.MailboxId == mailboxId).OrderBy(g => g.Id).ToListAsync();
    }

    /// <summary>The groups a client made: neither of the system group types.</summary>
    public static async Task<List<GroupRow>> UserGroupsAsync(IServiceProvider services, long mailboxId) =>
        (await GroupsAsync(services, mailboxId)).Where(g => !Domain.Lists.SystemGroups.Types.Contains(g.GroupType)).ToList();

    public static async Task<GroupRow> GroupAsync(IServiceProvider services, long groupNumber)
    {
        await using var db = await TempDatabase.OpenAsync(services);
        return await db.Groups.AsNoTracking().SingleAsync(g => g.Id == groupNumber);
    }

    public static async Task<List<ContactRow>> ContactsAsync(IServiceProvider services, long mailboxId)
    {
        await using var db = await TempDatabase.OpenAsync(services);
        return await db.Contacts.AsNoTracking().Where(c => c.MailboxId == mailboxId).OrderBy(c => c.Id).ToListAsync();
    }

    public static async Task<List<MembershipRow>> MembershipsAsync(IServiceProvider services)
    {
        await using var db = await TempDatabase.OpenAsync(services);
        return await db.Memberships.AsNoTracking().OrderBy(m => m.GroupId).ThenBy(m => m.ContactId).ToListAsync();
    }

    public static async Task<List<DirectoryGroupRow>> DirectoryGroupsAsync(IServiceProvider services)
    {
        await using var db = await TempDatabase.OpenAsync(services);
        return await db.DirectoryGroups.AsNoTracking().OrderBy(d => d.Id).ToListAsync();
    }
}
