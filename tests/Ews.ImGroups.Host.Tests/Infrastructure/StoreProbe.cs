using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Storage;
using Ews.ImGroups.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Host.Tests.Infrastructure;

/// <summary>Reads a test server's store directly, to see state that no operation of this server returns yet.</summary>
public static class StoreProbe
{
    /// <summary>The mailbox's groups other than the system groups every mailbox starts with.</summary>
    public static async Task<List<GroupRow>> GroupsAsync(this EwsServer server, long mailboxId)
    {
        await using var db = await Contexts(server).CreateDbContextAsync();
        return await db.Groups.AsNoTracking()
            .Where(g => g.MailboxId == mailboxId && !SystemGroups.Types.Contains(g.GroupType))
            .OrderBy(g => g.Id)
            .ToListAsync();
    }

    public static async Task<GroupRow> SystemGroupAsync(this EwsServer server, long mailboxId, string groupType)
    {
        await using var db = await Contexts(server).CreateDbContextAsync();
        return await db.Groups.AsNoTracking().SingleAsync(g => g.MailboxId == mailboxId && g.GroupType == groupType);
    }

    public static async Task<List<MembershipRow>> MembershipsAsync(this EwsServer server)
    {
        await using var db = await Contexts(server).CreateDbContextAsync();
        return await db.Memberships.AsNoTracking().OrderBy(m => m.GroupId).ThenBy(m => m.ContactId).ToListAsync();
    }

    public static async Task<List<MailboxRow>> MailboxesAsync(this EwsServer server)
    {
        await using var db = await Contexts(server).CreateDbContextAsync();
        return await db.Mailboxes.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    /// <summary>Every tenant's mailboxes, past the context's tenant filter.</summary>
    public static async Task<List<MailboxRow>> AllMailboxesAsync(this EwsServer server)
    {
        await using var db = await Contexts(server).CreateDbContextAsync();
        return await db.Mailboxes.IgnoreQueryFilters().AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    public static async Task<List<string>> TenantsAsync(this EwsServer server)
    {
        await using var db = await Contexts(server).CreateDbContextAsync();
        return await db.Tenants.AsNoTracking().OrderBy(t => t.Name).Select(t => t.Name).ToListAsync();
    }

    private static IDbContextFactory<ImGroupsDbContext> Contexts(EwsServer server) =>
        server.Services.GetRequiredService<IDbContextFactory<ImGroupsDbContext>>();
}
