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
        long mailboxId, ContactDetails details, string? normalizedImAddress, DateTimeOffset createdAt, ContactFolder folder, string? seedKey = null)
    {
        var row = new ContactRow { MailboxId = mailboxId, SeedKey = seedKey, DisplayName = details.DisplayName, CreatedAt = createdAt, Folder = folder };
        SetDetails(row, details, normalizedImAddress);
        return row;
    }

    /// <summary>Writes what a contact says about a person into its row.</summary>
    public static void SetDetails(ContactRow row, ContactDetails details, string? normalizedImAddress)
    {
        row.DisplayName = details.DisplayName;
        row.GivenName = details.GivenName;
        row.Surname = details.Surname;
        row.EmailAddress = details.EmailAddress;
        row.NormalizedEmailAddress = details.EmailAddress is null ? null : EmailAddresses.Normalize(details.EmailAddress);
        row.EmailDisplayName = details.EmailDisplayName;
        row.ImAddress = details.ImAddress;
        row.NormalizedImAddress = normalizedImAddress;
        row.TelUriAddress = details.TelUriAddress;
        row.ImContactSipUriAddress = details.ImContactSipUriAddress;
        row.ImTelephoneNumber = details.ImTelephoneNumber;
        row.HomePhone = details.HomePhone;
        row.MobilePhone = details.MobilePhone;
        row.BusinessPhone = details.BusinessPhone;
    }

    public static ImGroup ToGroup(GroupRow row) =>
        new(row.MailboxId, row.Id, row.DisplayName, row.GroupType, row.Version, row.SmtpAddress);

    public static ContactDetails Details(ContactRow row) => new(
        row.DisplayName,
        row.GivenName,
        row.Surname,
        row.EmailAddress,
        row.ImAddress,
        row.TelUriAddress,
        row.ImContactSipUriAddress,
        row.ImTelephoneNumber,
        row.EmailDisplayName,
        row.HomePhone,
        row.MobilePhone,
        row.BusinessPhone);

    public static ImContact ToContact(ContactRow row) => new(row.MailboxId, row.Id, Details(row), row.Version, row.CreatedAt, row.Folder);
}
