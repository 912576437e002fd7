using System.Text.Json;
using System.Text.Json.Serialization;
using Ews.ImGroups.Domain.Ids;
using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Mailboxes;
using Ews.ImGroups.Domain.Photos;
using Ews.ImGroups.Domain.Seeding;
using Ews.ImGroups.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Ews.ImGroups.Storage;

/// <summary>
/// Loads a seed file into the store. Mailboxes are matched by SMTP address and contacts by their seed key, so loading
/// the same file again adds only what is missing and leaves what clients changed alone.
/// </summary>
public static class SeedLoader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static async Task<SeedDocument> ReadAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        SeedDocument document;
        try
        {
            document = await JsonSerializer.DeserializeAsync<SeedDocument>(stream, Json, cancellationToken)
                ?? throw new InvalidDataException($"Seed file '{path}' is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Seed file '{path}' is not valid seed JSON: {e.Message}", e);
        }

        Validate(document);
        return document;
    }

    /// <summary>Checks the seed, applies it as one write and returns its contacts' keys, for the startup log.</summary>
    public static async Task<IReadOnlyList<SeededContact>> ApplyAsync(
        WriteGate gate, IDbContextFactory<ImGroupsDbContext> contexts, SeedDocument document, CancellationToken cancellationToken)
    {
        Validate(document);
        await using var write = await StoreWrite.BeginAsync(gate, contexts, cancellationToken);
        var seeded = await ApplyWithinAsync(write.Db, document, cancellationToken);
        await write.CommitAsync(cancellationToken);
        return seeded;
    }

    /// <summary>Applies a checked seed inside the caller's transaction.</summary>
    internal static async Task<IReadOnlyList<SeededContact>> ApplyWithinAsync(
        ImGroupsDbContext db, SeedDocument document, CancellationToken cancellationToken)
    {
        // Directory groups first: a mailbox's list may show them.
        foreach (var groupSeed in document.DistributionGroups ?? [])
        {
            SmtpAddresses.TryNormalize(groupSeed.SmtpAddress, out var smtp);
            if (!await db.DirectoryGroups.AnyAsync(d => d.SmtpAddress == smtp, cancellationToken))
            {
                db.DirectoryGroups.Add(new DirectoryGroupRow { SmtpAddress = smtp, DisplayName = groupSeed.DisplayName });
            }
        }

        await ApplyPhotosAsync(db, document.Photos ?? [], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var seeded = new List<SeededContact>();
        foreach (var mailboxSeed in document.Mailboxes ?? [])
        {
            var mailbox = await FindOrAddMailboxAsync(db, mailboxSeed, cancellationToken);
            var contacts = await ApplyContactsAsync(db, mailbox, mailboxSeed.Contacts ?? [], cancellationToken);
            seeded.AddRange((mailboxSeed.Contacts ?? []).Select(c =>
                new SeededContact(mailbox.SmtpAddress, c.Key, new ItemKey(ItemKind.Contact, mailbox.Id, contacts[c.Key].Id))));
            await ApplyGroupsAsync(db, mailbox, mailboxSeed.Groups ?? [], contacts, cancellationToken);

            // Each mailbox is written by now; a tracker holding every row of a large seed would slow every save.
            db.ChangeTracker.Clear();
        }

        return seeded;
    }

    private static async Task<MailboxRow> FindOrAddMailboxAsync(ImGroupsDbContext db, SeedMailbox seed, CancellationToken cancellationToken)
    {
        SmtpAddresses.TryNormalize(seed.SmtpAddress, out var smtp);
        var mailbox = await db.Mailboxes.FirstOrDefaultAsync(m => m.SmtpAddress == smtp, cancellationToken);
        if (mailbox is null)
        {
            SecurityIdentifiers.TryNormalize(seed.Sid, out var sid);
            if (seed.Sid is not null && await db.Mailboxes.AnyAsync(m => m.Sid == sid, cancellationToken))
            {
                throw new InvalidDataException($"Seed: the SID '{seed.Sid}' of '{smtp}' belongs to another mailbox.");
            }

            mailbox = new MailboxRow
            {
                SmtpAddress = smtp,
                Sid = seed.Sid is null ? SecurityIdentifiers.NewAccountSid() : sid,
                DisplayName = seed.DisplayName,
            };
            await MailboxProvisioning.AddAsync(db, mailbox, cancellationToken);
            await BumpRevisionAsync(db, mailbox, cancellationToken);
            return mailbox;
        }

        // Before its rows are read: where writers run beside this one, the bump's row lock makes them wait for the seed.
        await BumpRevisionAsync(db, mailbox, cancellationToken);
        if (!await db.Groups.AnyAsync(g => g.MailboxId == mailbox.Id, cancellationToken))
        {
            // A reset emptied it: its system groups come back in seed order, so they get the numbers of a fresh store.
            mailbox.DisplayName = seed.DisplayName ?? mailbox.DisplayName;
            await MailboxProvisioning.AddSystemGroupsAsync(db, mailbox, cancellationToken);
        }

        return mailbox;
    }

    /// <summary>Adds the photos of addresses that have none; a photo uploaded since the store was seeded stays.</summary>
    private static async Task ApplyPhotosAsync(ImGroupsDbContext db, IReadOnlyList<SeedPhoto> seeds, CancellationToken cancellationToken)
    {
        if (seeds.Count == 0)
        {
            return;
        }

        var present = (await db.UserPhotos.Select(p => p.NormalizedAddress).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var now = DateTimeOffset.UtcNow;
        foreach (var seed in seeds)
        {
            UserPhotos.TryNormalizeAddress(seed.Address, out var address);
            var content = Convert.FromBase64String(seed.Base64);
            UserPhotos.Check(seed.ContentType, content, out var contentType);
            if (present.Add(address))
            {
                db.UserPhotos.Add(new UserPhotoRow
                {
                    NormalizedAddress = address, ContentType = contentType, Content = content, Tag = EfUserPhotos.NewTag(), ChangedAt = now,
                });
            }
        }
    }

    /// <summary>As every change to a list does: readers know a list by its revision.</summary>
    private static Task<int> BumpRevisionAsync(ImGroupsDbContext db, MailboxRow mailbox, CancellationToken cancellationToken) =>
        db.Mailboxes.Where(m => m.Id == mailbox.Id).ExecuteUpdateAsync(set => set.SetProperty(m => m.Revision, m => m.Revision + 1), cancellationToken);

    /// <summary>
    /// Finds each seeded contact by key, or adopts the contact a client made with its IM address, or adds it; all in
    /// one read and one save, the new ones numbered in seed order.
    /// </summary>
    private static async Task<Dictionary<string, ContactRow>> ApplyContactsAsync(
        ImGroupsDbContext db, MailboxRow mailbox, IReadOnlyList<SeedContact> seeds, CancellationToken cancellationToken)
    {
        var existing = await db.Contacts.Where(c => c.MailboxId == mailbox.Id).ToListAsync(cancellationToken);
        var byKey = existing.Where(c => c.SeedKey is not null).ToDictionary(c => c.SeedKey!, StringComparer.Ordinal);
        var byImAddress = existing.Where(c => c.NormalizedImAddress is not null).ToDictionary(c => c.NormalizedImAddress!, StringComparer.Ordinal);
        var now = DateTimeOffset.UtcNow;
        var contacts = new Dictionary<string, ContactRow>(StringComparer.Ordinal);
        foreach (var seed in seeds)
        {
            var normalizedImAddress = seed.ImAddress is { } imAddress ? ImAddresses.Normalize(imAddress) : null;
            if (!byKey.TryGetValue(seed.Key, out var contact)
                && normalizedImAddress is not null && byImAddress.TryGetValue(normalizedImAddress, out contact))
            {
                contact.SeedKey = seed.Key;
                contact.Folder = seed.ResolvedFolder;
            }

            if (contact is null)
            {
                contact = Rows.NewContact(mailbox.Id, seed.Details, normalizedImAddress, now, seed.ResolvedFolder, seed.Key);
                db.Contacts.Add(contact);
            }

            contacts[seed.Key] = contact;
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var contact in existing.Where(c => c.SeedKey is not null))
        {
            contacts.TryAdd(contact.SeedKey!, contact);
        }

        return contacts;
    }

    /// <summary>Finds or makes each group by name and adds the members it lacks, as adding them over EWS would.</summary>
    private static async Task ApplyGroupsAsync(
        ImGroupsDbContext db, MailboxRow mailbox, IReadOnlyList<SeedGroup> seeds, Dictionary<string, ContactRow> contacts, CancellationToken cancellationToken)
    {
        if (seeds.Count == 0)
        {
            return;
        }

        var groups = (await db.Groups.Where(g => g.MailboxId == mailbox.Id).ToListAsync(cancellationToken))
            .ToDictionary(g => g.NormalizedDisplayName, StringComparer.Ordinal);
        var listedIn = new List<(GroupRow Group, SeedGroup Seed)>();
        foreach (var seed in seeds)
        {
            var normalizedName = GroupNames.Normalize(seed.DisplayName);
            string? smtp = null;
            if (seed.SmtpAddress is not null)
            {
                SmtpAddresses.TryNormalize(seed.SmtpAddress, out smtp);
                if (!await db.DirectoryGroups.AnyAsync(d => d.SmtpAddress == smtp, cancellationToken))
                {
                    throw new InvalidDataException($"Seed: '{seed.SmtpAddress}' of '{mailbox.SmtpAddress}' is not a distribution group of the directory.");
                }
            }

            if (!groups.TryGetValue(normalizedName, out var group))
            {
                group = new GroupRow
                {
                    MailboxId = mailbox.Id,
                    DisplayName = seed.DisplayName,
                    NormalizedDisplayName = normalizedName,
                    GroupType = smtp is null ? GroupTypes.UserGroup : GroupTypes.DistributionGroup,
                    SmtpAddress = smtp,
                };
                db.Groups.Add(group);
                groups[normalizedName] = group;
            }
            else if (group.SmtpAddress != smtp)
            {
                throw new InvalidDataException($"Seed: '{mailbox.SmtpAddress}' already has a group named '{seed.DisplayName}' of another kind.");
            }

            listedIn.Add((group, seed));
        }

        await db.SaveChangesAsync(cancellationToken);
        var groupIds = listedIn.Select(l => l.Group.Id).ToList();
        var memberships = (await db.Memberships.Where(m => groupIds.Contains(m.GroupId)).Select(m => new { m.GroupId, m.ContactId }).ToListAsync(cancellationToken))
            .Select(m => (m.GroupId, m.ContactId))
            .ToHashSet();
        foreach (var (group, seed) in listedIn)
        {
            foreach (var key in seed.Members ?? [])
            {
                if (!contacts.TryGetValue(key, out var contact) || contact.NormalizedImAddress is null)
                {
                    throw new InvalidDataException($"Seed: member '{key}' of group '{seed.DisplayName}' of '{mailbox.SmtpAddress}' is no IM contact of that mailbox.");
                }

                if (memberships.Add((group.Id, contact.Id)))
                {
                    db.Memberships.Add(new MembershipRow { GroupId = group.Id, ContactId = contact.Id });
                    group.Version++;
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Throws <see cref="InvalidDataException"/> naming the first thing wrong with a seed.</summary>
    public static void Validate(SeedDocument document)
    {
        Span<byte> key = stackalloc byte[ItemIdCodec.KeyLength];
        if (document.IdKey is { } idKey && (!Convert.TryFromBase64String(idKey, key, out var length) || length != ItemIdCodec.KeyLength))
        {
            throw new InvalidDataException($"Seed: idKey must be {ItemIdCodec.KeyLength} bytes in base64.");
        }

        var smtpSeen = new HashSet<string>(StringComparer.Ordinal);
        var sidSeen = new HashSet<string>(StringComparer.Ordinal);
        if (document.Mailboxes?.Any(m => m is null || m.Contacts?.Contains(null) == true || m.Groups?.Contains(null) == true) == true
            || document.DistributionGroups?.Contains(null) == true)
        {
            throw new InvalidDataException("Seed: a list holds an empty (null) entry.");
        }

        foreach (var mailbox in document.Mailboxes ?? [])
        {
            if (!SmtpAddresses.TryNormalize(mailbox.SmtpAddress, out var smtp) || !smtpSeen.Add(smtp))
            {
                throw new InvalidDataException($"Seed: mailbox '{mailbox.SmtpAddress}' is not a unique e-mail address.");
            }

            if (mailbox.Sid is not null && (!SecurityIdentifiers.TryNormalize(mailbox.Sid, out var sid) || !sidSeen.Add(sid)))
            {
                throw new InvalidDataException($"Seed: the SID '{mailbox.Sid}' of '{smtp}' is not a unique security identifier.");
            }

            var keys = new HashSet<string>(StringComparer.Ordinal);
            var imAddresses = new HashSet<string>(StringComparer.Ordinal);
            foreach (var contact in mailbox.Contacts ?? [])
            {
                if (string.IsNullOrWhiteSpace(contact.Key) || !keys.Add(contact.Key) || string.IsNullOrWhiteSpace(contact.DisplayName))
                {
                    throw new InvalidDataException(
                        $"Seed: every contact of '{smtp}' needs a unique key and a display name (at '{contact.Key}').");
                }

                if (contact.ImAddress is { } imAddress && (string.IsNullOrWhiteSpace(imAddress) || !imAddresses.Add(ImAddresses.Normalize(imAddress))))
                {
                    throw new InvalidDataException($"Seed: the IM address '{imAddress}' of '{smtp}' is blank or given to two contacts.");
                }
            }

            var groupNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var group in mailbox.Groups ?? [])
            {
                if (string.IsNullOrWhiteSpace(group.DisplayName) || !groupNames.Add(GroupNames.Normalize(group.DisplayName)))
                {
                    throw new InvalidDataException($"Seed: every group of '{smtp}' needs a unique, non-blank display name (at '{group.DisplayName}').");
                }

                if (group.Members is { } members && (members.Any(string.IsNullOrWhiteSpace) || members.Distinct(StringComparer.Ordinal).Count() != members.Count))
                {
                    throw new InvalidDataException($"Seed: the members of group '{group.DisplayName}' of '{smtp}' must be contact keys, each named once.");
                }

                var normalizedName = GroupNames.Normalize(group.DisplayName);
                if (group.SmtpAddress is not null
                    && (!SmtpAddresses.TryNormalize(group.SmtpAddress, out _) || SystemGroups.IsReservedName(normalizedName) || group.Members is { Count: > 0 }))
                {
                    throw new InvalidDataException(
                        $"Seed: distribution group '{group.DisplayName}' of '{smtp}' needs a valid address, a name that is not a system group's, and no members (the directory holds them).");
                }
            }
        }

        ValidatePhotos(document.Photos);
        var groupsSeen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in document.DistributionGroups ?? [])
        {
            if (!SmtpAddresses.TryNormalize(group.SmtpAddress, out var smtp) || !groupsSeen.Add(smtp) || string.IsNullOrWhiteSpace(group.DisplayName))
            {
                throw new InvalidDataException($"Seed: distribution group '{group.SmtpAddress}' needs a unique e-mail address and a display name.");
            }
        }
    }

    private static void ValidatePhotos(IReadOnlyList<SeedPhoto>? photos)
    {
        var addresses = new HashSet<string>(StringComparer.Ordinal);
        foreach (var photo in photos ?? [])
        {
            if (photo is null || !UserPhotos.TryNormalizeAddress(photo.Address, out var address) || !addresses.Add(address))
            {
                throw new InvalidDataException($"Seed: every photo needs a unique e-mail address (at '{photo?.Address}').");
            }

            var content = new byte[(photo.Base64?.Length ?? 0) * 3 / 4];
            if (photo.Base64 is null || !Convert.TryFromBase64String(photo.Base64, content, out var length))
            {
                throw new InvalidDataException($"Seed: the photo of '{address}' is not base64.");
            }

            if (UserPhotos.Check(photo.ContentType, content.AsSpan(0, length), out _) is { } problem)
            {
                throw new InvalidDataException($"Seed: the photo of '{address}' is refused: {problem}");
            }
        }
    }
}

public sealed record SeededContact(string Mailbox, string Key, ItemKey Contact);
