using System.Collections.Concurrent;
using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Mailboxes;
using Ews.ImGroups.Storage.Entities;
using Ews.ImGroups.Storage.Tenants;
using Microsoft.EntityFrameworkCore;

namespace Ews.ImGroups.Storage;

/// <summary>
/// Mailbox lookups, in the current tenant's world. A mailbox's identity never changes while it exists, so each is read
/// from the database once; the administration forgets the ones it deletes.
/// </summary>
public sealed class EfMailboxDirectory(IDbContextFactory<ImGroupsDbContext> contexts, WriteGate gate) : IMailboxDirectory
{
    private readonly ConcurrentDictionary<(string Tenant, string Smtp), Mailbox> bySmtp = new();
    private readonly ConcurrentDictionary<(string Tenant, string Sid), Mailbox> bySid = new();

    /// <summary>Counts <see cref="ForgetAll"/>s, so a row read before one is not remembered after it.</summary>
    private long generation;

    public async Task<Mailbox> GetOrCreateAsync(string smtpAddress, CancellationToken cancellationToken) =>
        (await GetOrCreateAsync(smtpAddress, maxMailboxes: null, cancellationToken))!;

    public Task<Mailbox?> GetOrCreateWithinAsync(string smtpAddress, int maxMailboxes, CancellationToken cancellationToken) =>
        GetOrCreateAsync(smtpAddress, (int?)maxMailboxes, cancellationToken);

    public async Task<Mailbox?> FindBySidAsync(string sid, CancellationToken cancellationToken)
    {
        if (bySid.TryGetValue((TenantScope.Current, sid), out var cached))
        {
            return cached;
        }

        var seen = Interlocked.Read(ref generation);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Mailboxes.AsNoTracking().FirstOrDefaultAsync(m => m.Sid == sid, cancellationToken);
        return row is null ? null : Remember(row, seen);
    }

    private async Task<Mailbox?> GetOrCreateAsync(string smtpAddress, int? maxMailboxes, CancellationToken cancellationToken)
    {
        if (bySmtp.TryGetValue((TenantScope.Current, smtpAddress), out var cached))
        {
            return cached;
        }

        var seen = Interlocked.Read(ref generation);
        var row = await FindAsync(smtpAddress, cancellationToken) ?? await CreateAsync(smtpAddress, maxMailboxes, cancellationToken);
        return row is null ? null : Remember(row, seen);
    }

    private async Task<MailboxRow?> FindAsync(string smtpAddress, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Mailboxes.AsNoTracking().FirstOrDefaultAsync(m => m.SmtpAddress == smtpAddress, cancellationToken);
    }

    /// <summary>
    /// Creates the mailbox unless a writer before this one did, or the store already holds the most it may (null then).
    /// The checks run inside the write, which holds the database's write lock, so no writer of this or another process
    /// can add a mailbox between check and insert.
    /// </summary>
    private async Task<MailboxRow?> CreateAsync(string smtpAddress, int? maxMailboxes, CancellationToken cancellationToken)
    {
        await using var write = await StoreWrite.BeginAsync(gate, contexts, cancellationToken);
        var existing = await write.Db.Mailboxes.AsNoTracking().FirstOrDefaultAsync(m => m.SmtpAddress == smtpAddress, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        // The limit guards the store, so it counts every tenant's mailboxes.
        if (maxMailboxes is { } max && await write.Db.Mailboxes.IgnoreQueryFilters().CountAsync(cancellationToken) >= max)
        {
            return null;
        }

        var row = new MailboxRow { SmtpAddress = smtpAddress, Sid = SecurityIdentifiers.NewAccountSid() };
        await MailboxProvisioning.AddAsync(write.Db, row, cancellationToken);
        await write.CommitAsync(cancellationToken);
        return row;
    }

    public async Task<DirectoryGroup?> FindDistributionGroupAsync(string smtpAddress, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DirectoryGroups.AsNoTracking()
            .Where(d => d.SmtpAddress == smtpAddress)
            .Select(d => new DirectoryGroup(d.SmtpAddress, d.DisplayName))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Drops every remembered mailbox, after mailboxes were deleted or the store was reset.</summary>
    internal void ForgetAll()
    {
        Interlocked.Increment(ref generation);
        bySmtp.Clear();
        bySid.Clear();
    }

    private Mailbox Remember(MailboxRow row, long seen)
    {
        var mailbox = new Mailbox(row.Id, row.SmtpAddress, row.Sid, row.DisplayName);
        var smtpKey = (row.Tenant, mailbox.SmtpAddress);
        var sidKey = (row.Tenant, mailbox.Sid);
        bySmtp[smtpKey] = mailbox;
        bySid[sidKey] = mailbox;

        // The row was read before a reset or deletion that may have removed it: use it once, but do not keep it.
        if (Interlocked.Read(ref generation) != seen)
        {
            bySmtp.TryRemove(KeyValuePair.Create(smtpKey, mailbox));
            bySid.TryRemove(KeyValuePair.Create(sidKey, mailbox));
        }

        return mailbox;
    }
}
