using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Mailboxes;
using Ews.ImGroups.Domain.Seeding;
using Ews.ImGroups.Storage.Entities;
using Ews.ImGroups.Storage.Tenants;
using Microsoft.EntityFrameworkCore;

namespace Ews.ImGroups.Storage;

/// <summary>
/// What a test harness does to the store from outside EWS, in the current tenant's world (<see cref="TenantScope"/>):
/// list, create and delete mailboxes, seed them, reset to the seed, export and import. Every change is one
/// <see cref="StoreWrite"/>, behind the same write gate as EWS writes, and takes the engine's lock on what it changes
/// first, so writers of other processes wait for it or it for them.
/// </summary>
public sealed class StoreAdministration
{
    /// <summary>Prefix of the keys an export gives contacts that did not come from a seed.</summary>
    public const string ExportedKeyPrefix = "contact-";

    private readonly IDbContextFactory<ImGroupsDbContext> contexts;
    private readonly WriteGate gate;
    private readonly StoreEngine engine;
    private readonly IMailboxDirectory directory;

    internal StoreAdministration(IDbContextFactory<ImGroupsDbContext> contexts, WriteGate gate, StoreEngine engine, IMailboxDirectory directory)
    {
        this.contexts = contexts;
        this.gate = gate;
        this.engine = engine;
        this.directory = directory;
    }

    /// <summary>
    /// The mailboxes from <paramref name="offset"/> on in address order, at most <paramref name="limit"/> of them,
    /// with how many there are in all: only the page is read, however big the store.
    /// </summary>
    public async Task<MailboxListing> ListMailboxesAsync(int offset, int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var total = await db.Mailboxes.CountAsync(cancellationToken);
        var page = await Summaries(db, db.Mailboxes.OrderBy(m => m.SmtpAddress).Skip(offset).Take(limit)).ToListAsync(cancellationToken);
        return new MailboxListing(total, page);
    }

    public async Task<MailboxSummary?> FindMailboxAsync(string smtpAddress, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Summaries(db, db.Mailboxes.Where(m => m.SmtpAddress == smtpAddress)).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Creates a mailbox with its system groups; null when the address is taken.</summary>
    public async Task<MailboxSummary?> CreateMailboxAsync(string smtpAddress, string? displayName, CancellationToken cancellationToken)
    {
        await using (var write = await StoreWrite.BeginAsync(gate, contexts, cancellationToken))
        {
            if (await write.Db.Mailboxes.AnyAsync(m => m.SmtpAddress == smtpAddress, cancellationToken))
            {
                return null;
            }

            try
            {
                await MailboxProvisioning.AddAsync(
                    write.Db, new MailboxRow { SmtpAddress = smtpAddress, Sid = SecurityIdentifiers.NewAccountSid(), DisplayName = displayName }, cancellationToken);
                await write.CommitAsync(cancellationToken);
            }
            catch (DbUpdateException e) when (UniqueViolation.Is(e))
            {
                // Another process created the address between the check and the insert.
                return null;
            }
        }

        return await FindMailboxAsync(smtpAddress, cancellationToken);
    }

    /// <summary>Deletes a mailbox with everything in it; false when there is none.</summary>
    public async Task<bool> DeleteMailboxAsync(string smtpAddress, CancellationToken cancellationToken)
    {
        await using var write = await StoreWrite.BeginAsync(gate, contexts, cancellationToken);
        var db = write.Db;
        await engine.LockMailboxAsync(db, smtpAddress, cancellationToken);
        var mailbox = await db.Mailboxes.FirstOrDefaultAsync(m => m.SmtpAddress == smtpAddress, cancellationToken);
        if (mailbox is null)
        {
            return false;
        }

        await EmptyAsync(db, mailbox.Id, cancellationToken);
        await db.Mailboxes.Where(m => m.Id == mailbox.Id).ExecuteDeleteAsync(cancellationToken);
        await write.CommitAsync(cancellationToken);
        ForgetMailboxes();
        return true;
    }

    /// <summary>
    /// Empties the current tenant's world and loads the seed again: it then holds what a fresh store started with, with
    /// the same ids when no other tenant holds data, and the seed's photos only. Seeded mailboxes keep their rows (so
    /// their ids stay theirs); other mailboxes go, and their numbers are never handed out again, so a request that was
    /// on its way to one finds it gone instead of writing into another.
    /// </summary>
    public async Task ResetAsync(SeedDocument? seed, CancellationToken cancellationToken)
    {
        if (seed is not null)
        {
            SeedLoader.Validate(seed);
        }

        var seeded = (seed?.Mailboxes ?? [])
            .Select(m => SmtpAddresses.TryNormalize(m.SmtpAddress, out var smtp) ? smtp : m.SmtpAddress)
            .ToList();
        await using var write = await StoreWrite.BeginAsync(gate, contexts, cancellationToken);
        var db = write.Db;
        await engine.LockStoreAsync(db, cancellationToken);

        // Mailboxes, directory groups and photos are the current tenant's by the context's filter; the rest is reached
        // through them, so other tenants' lists stay as they are.
        await db.Memberships.Where(x => db.Groups.Any(g => g.Id == x.GroupId && db.Mailboxes.Any(m => m.Id == g.MailboxId))).ExecuteDeleteAsync(cancellationToken);
        await db.Contacts.Where(c => db.Mailboxes.Any(m => m.Id == c.MailboxId)).ExecuteDeleteAsync(cancellationToken);
        await db.Groups.Where(g => db.Mailboxes.Any(m => m.Id == g.MailboxId)).ExecuteDeleteAsync(cancellationToken);
        await db.DirectoryGroups.ExecuteDeleteAsync(cancellationToken);
        await db.UserPhotos.ExecuteDeleteAsync(cancellationToken);
        await db.Mailboxes.Where(m => !seeded.Contains(m.SmtpAddress)).ExecuteDeleteAsync(cancellationToken);
        await db.Mailboxes.ExecuteUpdateAsync(
            set => set.SetProperty(m => m.ImListMigrationCompleted, false).SetProperty(m => m.Revision, m => m.Revision + 1),
            cancellationToken);

        // Numbering starts again only where no tenant holds a row any more: a number another tenant uses is never given twice.
        if (!await db.Groups.AnyAsync(cancellationToken)
            && !await db.Contacts.AnyAsync(cancellationToken)
            && !await db.DirectoryGroups.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            await engine.RestartNumberingAsync(db, cancellationToken);
        }

        if (seed is not null)
        {
            await SeedLoader.ApplyWithinAsync(db, seed, cancellationToken);
        }

        await write.CommitAsync(cancellationToken);
        ForgetMailboxes();
    }

    /// <summary>
    /// Empties one mailbox's list and loads its seed again, keeping the mailbox itself (its address and SID) and the
    /// photo of its address, which belongs to the user rather than the list; false when there is no such mailbox and the
    /// seed has none either.
    /// </summary>
    public async Task<bool> ResetMailboxAsync(string smtpAddress, SeedMailbox? seed, CancellationToken cancellationToken)
    {
        if (seed is not null)
        {
            SeedLoader.Validate(new SeedDocument([seed]));
        }

        await using var write = await StoreWrite.BeginAsync(gate, contexts, cancellationToken);
        var db = write.Db;
        await engine.LockMailboxAsync(db, smtpAddress, cancellationToken);
        var mailbox = await db.Mailboxes.FirstOrDefaultAsync(m => m.SmtpAddress == smtpAddress, cancellationToken);
        if (mailbox is null && seed is null)
        {
            return false;
        }

        if (mailbox is not null)
        {
            await EmptyAsync(db, mailbox.Id, cancellationToken);
            mailbox.ImListMigrationCompleted = false;
            mailbox.DisplayName = seed?.DisplayName ?? mailbox.DisplayName;
            mailbox.Revision++;
            await MailboxProvisioning.AddSystemGroupsAsync(db, mailbox, cancellationToken);
        }

        if (seed is not null)
        {
            await SeedLoader.ApplyWithinAsync(db, new SeedDocument([seed]), cancellationToken);
        }

        await write.CommitAsync(cancellationToken);
        ForgetMailboxes();
        return true;
    }

    /// <summary>Adds contacts and groups to a mailbox (created if needed) as a seed would, leaving what it has alone.</summary>
    public Task SeedAsync(SeedDocument seed, CancellationToken cancellationToken) =>
        SeedLoader.ApplyAsync(gate, contexts, seed, cancellationToken);

    /// <summary>
    /// The whole store in the seed file's shape, photos included, so an export can be imported or used as a seed.
    /// Contacts that did not come from a seed get a key made from their number.
    /// </summary>
    public async Task<SeedDocument> ExportAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var mailboxes = await db.Mailboxes.AsNoTracking().OrderBy(m => m.Id).ToListAsync(cancellationToken);
        var contacts = (await db.Contacts.AsNoTracking().Where(c => db.Mailboxes.Any(m => m.Id == c.MailboxId)).OrderBy(c => c.Id)
            .ToListAsync(cancellationToken)).ToLookup(c => c.MailboxId);
        var groups = (await db.Groups.AsNoTracking().Where(g => db.Mailboxes.Any(m => m.Id == g.MailboxId)).OrderBy(g => g.Id)
            .ToListAsync(cancellationToken)).ToLookup(g => g.MailboxId);
        var members = (await db.Memberships.AsNoTracking().Where(x => db.Contacts.Any(c => c.Id == x.ContactId && db.Mailboxes.Any(m => m.Id == c.MailboxId)))
            .OrderBy(m => m.ContactId).ToListAsync(cancellationToken)).ToLookup(m => m.GroupId, m => m.ContactId);
        var directoryGroups = await db.DirectoryGroups.AsNoTracking().OrderBy(d => d.Id)
            .Select(d => new SeedDistributionGroup(d.SmtpAddress, d.DisplayName)).ToListAsync(cancellationToken);
        var photos = await db.UserPhotos.AsNoTracking().OrderBy(p => p.NormalizedAddress)
            .Select(p => new { p.NormalizedAddress, p.ContentType, p.Content }).ToListAsync(cancellationToken);
        var tenant = TenantScope.Current;
        var idKey = tenant == TenantNames.Default
            ? await db.ServerSettings.AsNoTracking().Where(s => s.Name == IdKeyProvider.SettingName).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken)
            : await db.Tenants.AsNoTracking().Where(t => t.Name == tenant).Select(t => t.IdKey).FirstOrDefaultAsync(cancellationToken);

        return new SeedDocument(
            mailboxes.Select(m => ExportMailbox(m, contacts[m.Id].ToList(), groups[m.Id], members)).ToList(),
            directoryGroups,
            idKey,
            photos.Count == 0 ? null : photos.Select(p => new SeedPhoto(p.NormalizedAddress, p.ContentType, Convert.ToBase64String(p.Content))).ToList());
    }

    public async Task<StoreCounts> CountAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return new StoreCounts(
            await db.Mailboxes.CountAsync(cancellationToken),
            await db.Groups.CountAsync(g => db.Mailboxes.Any(m => m.Id == g.MailboxId), cancellationToken),
            await db.Contacts.CountAsync(c => db.Mailboxes.Any(m => m.Id == c.MailboxId), cancellationToken),
            await db.DirectoryGroups.CountAsync(cancellationToken));
    }

    /// <summary>A directory that remembers mailboxes must not serve one these changes removed.</summary>
    private void ForgetMailboxes()
    {
        if (directory is EfMailboxDirectory remembering)
        {
            remembering.ForgetAll();
        }
    }

    private static IQueryable<MailboxSummary> Summaries(ImGroupsDbContext db, IQueryable<MailboxRow> mailboxes) => mailboxes.AsNoTracking().Select(m => new MailboxSummary(
        m.Id,
        m.SmtpAddress,
        m.DisplayName,
        m.Sid,
        db.Groups.Count(g => g.MailboxId == m.Id),
        db.Contacts.Count(c => c.MailboxId == m.Id && db.Memberships.Any(x => x.ContactId == c.Id)),
        m.ImListMigrationCompleted));

    private static async Task EmptyAsync(ImGroupsDbContext db, long mailboxId, CancellationToken cancellationToken)
    {
        await db.Memberships.Where(m => db.Groups.Any(g => g.Id == m.GroupId && g.MailboxId == mailboxId)).ExecuteDeleteAsync(cancellationToken);
        await db.Contacts.Where(c => c.MailboxId == mailboxId).ExecuteDeleteAsync(cancellationToken);
        await db.Groups.Where(g => g.MailboxId == mailboxId).ExecuteDeleteAsync(cancellationToken);
    }

    private static SeedMailbox ExportMailbox(
        MailboxRow mailbox, List<ContactRow> contacts, IEnumerable<GroupRow> groups, ILookup<long, long> members)
    {
        var taken = contacts.Where(c => c.SeedKey is not null).Select(c => c.SeedKey!).ToHashSet(StringComparer.Ordinal);
        var keys = contacts.ToDictionary(c => c.Id, c => c.SeedKey ?? UnusedKey(taken, c.Id));
        return new SeedMailbox(
            mailbox.SmtpAddress,
            mailbox.DisplayName,
            mailbox.Sid,
            contacts.Select(c => new SeedContact(
                keys[c.Id], c.DisplayName, c.GivenName, c.Surname, c.EmailAddress, c.ImAddress,
                c.TelUriAddress, c.ImContactSipUriAddress, c.ImTelephoneNumber, c.Folder != ContactFolder.Contacts, c.Folder,
                c.EmailDisplayName, c.HomePhone, c.MobilePhone, c.BusinessPhone)).ToList(),
            groups
                .Where(g => !SystemGroups.Types.Contains(g.GroupType) || members[g.Id].Any())
                .Select(g => new SeedGroup(g.DisplayName, g.SmtpAddress, members[g.Id].Any() ? members[g.Id].Select(id => keys[id]).ToList() : null))
                .ToList());
    }

    private static string UnusedKey(HashSet<string> taken, long contactId)
    {
        var key = $"{ExportedKeyPrefix}{contactId}";
        while (!taken.Add(key))
        {
            key += "-";
        }

        return key;
    }
}
