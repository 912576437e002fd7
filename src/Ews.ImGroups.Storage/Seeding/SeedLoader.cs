using System.Text.Json;
using Ews.ImGroups.Domain.Ids;
using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Mailboxes;
using Ews.ImGroups.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Ews.ImGroups.Storage.Seeding;

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

    /// <summary>Checks the seed, applies it and returns its contacts' keys, for the startup log.</summary>
    public static async Task<IReadOnlyList<SeededContact>> ApplyAsync(
        ImGroupsDbContext db, SeedDocument document, CancellationToken cancellationToken)
    {
        Validate(document);
        var seeded = new List<SeededContact>();
        var now = DateTimeOffset.UtcNow;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var mailboxSeed in document.Mailboxes ?? [])
        {
            SmtpAddresses.TryNormalize(mailboxSeed.SmtpAddress, out var smtp);
            SecurityIdentifiers.TryNormalize(mailboxSeed.Sid, out var sid);
            var mailbox = await db.Mailboxes.FirstOrDefaultAsync(m => m.SmtpAddress == smtp, cancellationToken);
            if (mailbox is null)
            {
                mailbox = new MailboxRow
                {
                    SmtpAddress = smtp,
                    Sid = mailboxSeed.Sid is null ? SecurityIdentifiers.NewAccountSid() : sid,
                    DisplayName = mailboxSeed.DisplayName,
                };
                await MailboxProvisioning.AddAsync(db, mailbox, cancellationToken);
            }

            foreach (var contactSeed in mailboxSeed.Contacts ?? [])
            {
                var normalizedImAddress = contactSeed.ImAddress is { } imAddress ? ImAddresses.Normalize(imAddress) : null;
                var contact = await db.Contacts.FirstOrDefaultAsync(
                    c => c.MailboxId == mailbox.Id && c.SeedKey == contactSeed.Key, cancellationToken);

                // A client may have added the address before the seed named it: that contact becomes the mailbox's own.
                if (contact is null && normalizedImAddress is not null)
                {
                    contact = await db.Contacts.FirstOrDefaultAsync(
                        c => c.MailboxId == mailbox.Id && c.NormalizedImAddress == normalizedImAddress, cancellationToken);
                    if (contact is not null)
                    {
                        contact.SeedKey = contactSeed.Key;
                        contact.IsQuickContact = false;
                    }
                }
                if (contact is null)
                {
                    contact = new ContactRow
                    {
                        MailboxId = mailbox.Id,
                        SeedKey = contactSeed.Key,
                        DisplayName = contactSeed.DisplayName,
                        GivenName = contactSeed.GivenName,
                        Surname = contactSeed.Surname,
                        EmailAddress = contactSeed.EmailAddress,
                        ImAddress = contactSeed.ImAddress,
                        NormalizedImAddress = normalizedImAddress,
                        CreatedAt = now,
                    };
                    db.Contacts.Add(contact);
                    await db.SaveChangesAsync(cancellationToken);
                }

                seeded.Add(new SeededContact(smtp, contactSeed.Key, new ItemKey(ItemKind.Contact, mailbox.Id, contact.Id)));
            }
        }

        foreach (var groupSeed in document.DistributionGroups ?? [])
        {
            SmtpAddresses.TryNormalize(groupSeed.SmtpAddress, out var smtp);
            if (!await db.DirectoryGroups.AnyAsync(d => d.SmtpAddress == smtp, cancellationToken))
            {
                db.DirectoryGroups.Add(new DirectoryGroupRow { SmtpAddress = smtp, DisplayName = groupSeed.DisplayName });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return seeded;
    }

    private static void Validate(SeedDocument document)
    {
        Span<byte> key = stackalloc byte[ItemIdCodec.KeyLength];
        if (document.IdKey is { } idKey && (!Convert.TryFromBase64String(idKey, key, out var length) || length != ItemIdCodec.KeyLength))
        {
            throw new InvalidDataException($"Seed: idKey must be {ItemIdCodec.KeyLength} bytes in base64.");
        }

        var smtpSeen = new HashSet<string>(StringComparer.Ordinal);
        var sidSeen = new HashSet<string>(StringComparer.Ordinal);
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
        }

        var groupsSeen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in document.DistributionGroups ?? [])
        {
            if (!SmtpAddresses.TryNormalize(group.SmtpAddress, out var smtp) || !groupsSeen.Add(smtp) || string.IsNullOrWhiteSpace(group.DisplayName))
            {
                throw new InvalidDataException($"Seed: distribution group '{group.SmtpAddress}' needs a unique e-mail address and a display name.");
            }
        }
    }
}

public sealed record SeededContact(string Mailbox, string Key, ItemKey Contact);
