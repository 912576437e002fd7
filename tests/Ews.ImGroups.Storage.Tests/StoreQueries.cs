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

    public static async Task<List<GroupRow>> GroupsAsync(IServiceProvider services, long mailboxId)
    {
        await using var db = await TempDatabase.OpenAsync(services);
        return await db.Groups.AsNoTracking().Where(g => g.MailboxId == mailboxId).OrderBy(g => g.Id).ToListAsync();
    }

    public static async Task<List<MembershipRow>> MembershipsAsync(IServiceProvider services)
    {
        await using var db = await TempDatabase.OpenAsync(services);
        return await db.Memberships.AsNoTracking().ToListAsync();
    }
}
