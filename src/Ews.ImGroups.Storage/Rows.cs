using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Storage.Entities;

namespace Ews.ImGroups.Storage;

/// <summary>Turns stored rows into the domain's records, and the domain's contact details into new rows.</summary>
internal static class Rows
{
    /// <summary>A new contact row, whether a client or a seed made it; the one place its fields are filled.</summary>
    /// <param name="normalizedImAddress">The IM address as <see cref="ImAddresses.Normalize"/> gives it, null without one.</param>
    /// <param name="seedKey">The seed's key for the contact, when a seed made it.</param>
    public static ContactRow NewContact(
        long mailboxId, ContactDetails details, string? normalizedImAddress, DateTimeOffset createdAt, bool isQuickContact, string? seedKey = null) => new()
    {
        MailboxId = mailboxId,
        SeedKey = seedKey,
        DisplayName = details.DisplayName,
        GivenName = details.GivenName,
        Surname = details.Surname,
        EmailAddress = details.EmailAddress,
        ImAddress = details.ImAddress,
        NormalizedImAddress = normalizedImAddress,
        TelUriAddress = details.TelUriAddress,
        ImContactSipUriAddress = details.ImContactSipUriAddress,
        ImTelephoneNumber = details.ImTelephoneNumber,
        CreatedAt = createdAt,
        IsQuickContact = isQuickContact,
    };

    public static ImGroup ToGroup(GroupRow row) =>
        new(row.MailboxId, row.Id, row.DisplayName, row.GroupType, row.Version, row.SmtpAddress);

    public static ImContact ToContact(ContactRow row) => new(
        row.MailboxId,
        row.Id,
        new ContactDetails(
            row.DisplayName,
            row.GivenName,
            row.Surname,
            row.EmailAddress,
            row.ImAddress,
            row.TelUriAddress,
            row.ImContactSipUriAddress,
            row.ImTelephoneNumber),
        row.Version,
        row.CreatedAt,
        row.IsQuickContact);
}
