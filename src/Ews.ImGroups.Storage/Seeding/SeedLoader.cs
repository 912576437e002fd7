using System.Text.Json;
using Ews.ImGroups.Domain.Ids;
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
        var document = await JsonSerializer.DeserializeAsync<SeedDocument>(stream, Json, cancellationToken)
            ?? throw new InvalidDataException($"Seed file '{path}' is empty.");
        Validate(document, path);
        return document;
    }

    /// <summary>Applies the seed and returns the EWS ids of its contacts, for the startup log.</summary>
    public static async Task<IReadOnlyList<SeededContact>> ApplyAsync(
        ImGroupsDbContext db, SeedDocument document, CancellationToken cancellationToken)
    {
        var seeded = new List<SeededContact>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var mailboxSeed in document.Mailboxes ?? [])
        {
            SmtpAddresses.TryNormalize(mailboxSeed.SmtpAddress, out var smtp);
            var mailbox = await db.Mailboxes.FirstOrDefaultAsync(m => m.SmtpAddress == smtp, cancellationToken);
            if (mailbox is null)
            {
                mailbox = new MailboxRow
                {
                    SmtpAddress = smtp,
                    Sid = mailboxSeed.Sid ?? SecurityIdentifiers.NewAccountSid(),
                    DisplayName = mailboxSeed.DisplayName,
                };
                db.Mailboxes.Add(mailbox);
                await db.SaveChangesAsync(cancellationToken);
            }

            foreach (var contactSeed in mailboxSeed.Contacts ?? [])
            {
                var contact = await db.Contacts.FirstOrDefaultAsync(
                    c => c.MailboxId == mailbox.Id && c.SeedKey == contactSeed.Key, cancellationToken);
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
                    };
                    db.Contacts.Add(contact);
                    await db.SaveChangesAsync(cancellationToken);
                }

                seeded.Add(new SeededContact(
                    smtp, contactSeed.Key, ItemIdCodec.EncodeId(new ItemKey(ItemKind.Contact, mailbox.Id, contact.Id))));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return seeded;
    }

    private static void Validate(SeedDocument document, string path)
    {
        var smtpSeen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mailbox in document.Mailboxes ?? [])
        {
            if (!SmtpAddresses.TryNormalize(mailbox.SmtpAddress, out var smtp) || !smtpSeen.Add(smtp))
            {
                throw new InvalidDataException($"Seed file '{path}': mailbox '{mailbox.SmtpAddress}' is not a unique e-mail address.");
            }

            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var contact in mailbox.Contacts ?? [])
            {
                if (string.IsNullOrWhiteSpace(contact.Key) || !keys.Add(contact.Key) || string.IsNullOrWhiteSpace(contact.DisplayName))
                {
                    throw new InvalidDataException(
                        $"Seed file '{path}': every contact of '{smtp}' needs a unique key and a display name (at '{contact.Key}').");
                }
            }
        }
    }
}

public sealed record SeededContact(string Mailbox, string Key, string ContactId);
