using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Storage.Entities;

namespace Ews.ImGroups.Storage;

/// <summary>Turns stored rows into the domain's records.</summary>
internal static class Rows
{
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
