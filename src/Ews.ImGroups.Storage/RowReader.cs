using System.Data.Common;
using Ews.ImGroups.Domain.Lists;

namespace Ews.ImGroups.Storage;

/// <summary>
/// The columns the hand-written SQL selects from the tables of <see cref="ImGroupsDbContext"/>, and how a row of them
/// becomes the domain's record: one place for the writers' sessions and the list readers of every provider.
/// </summary>
internal static class RowReader
{
    public const string GroupColumns = "\"MailboxId\", \"Id\", \"DisplayName\", \"GroupType\", \"Version\", \"SmtpAddress\"";

    public const string ContactColumns =
        "\"MailboxId\", \"Id\", \"DisplayName\", \"GivenName\", \"Surname\", \"EmailAddress\", \"ImAddress\", \"TelUriAddress\", " +
        "\"ImContactSipUriAddress\", \"ImTelephoneNumber\", \"Version\", \"CreatedAt\", \"Folder\", \"EmailDisplayName\", \"HomePhone\", " +
        "\"MobilePhone\", \"BusinessPhone\"";

    /// <summary>The columns a new contact's row is written with, in the order of <see cref="ContactValues"/>.</summary>
    public const string NewContactColumns =
        "\"MailboxId\", \"DisplayName\", \"GivenName\", \"Surname\", \"EmailAddress\", \"NormalizedEmailAddress\", \"EmailDisplayName\", " +
        "\"ImAddress\", \"NormalizedImAddress\", \"TelUriAddress\", \"ImContactSipUriAddress\", \"ImTelephoneNumber\", \"HomePhone\", " +
        "\"MobilePhone\", \"BusinessPhone\", \"CreatedAt\", \"Folder\", \"Version\"";

    /// <summary>The current row, selected as <see cref="GroupColumns"/>.</summary>
    public static ImGroup Group(DbDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetInt64(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetInt32(4),
        NullableString(reader, 5));

    /// <summary>The current row, selected as <see cref="ContactColumns"/>.</summary>
    public static ImContact Contact(DbDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetInt64(1),
        new ContactDetails(
            reader.GetString(2),
            NullableString(reader, 3),
            NullableString(reader, 4),
            NullableString(reader, 5),
            NullableString(reader, 6),
            NullableString(reader, 7),
            NullableString(reader, 8),
            NullableString(reader, 9),
            NullableString(reader, 13),
            NullableString(reader, 14),
            NullableString(reader, 15),
            NullableString(reader, 16)),
        reader.GetInt32(10),
        reader.GetFieldValue<DateTimeOffset>(11),
        (ContactFolder)reader.GetInt32(12));

    /// <summary>
    /// The values of <see cref="NewContactColumns"/> but the mailbox, creation time, folder and version, which each
    /// store passes its own way.
    /// </summary>
    public static IEnumerable<object?> ContactValues(ContactDetails details, string? normalizedImAddress)
    {
        yield return details.DisplayName;
        yield return details.GivenName;
        yield return details.Surname;
        yield return details.EmailAddress;
        yield return details.EmailAddress is null ? null : EmailAddresses.Normalize(details.EmailAddress);
        yield return details.EmailDisplayName;
        yield return details.ImAddress;
        yield return normalizedImAddress;
        yield return details.TelUriAddress;
        yield return details.ImContactSipUriAddress;
        yield return details.ImTelephoneNumber;
        yield return details.HomePhone;
        yield return details.MobilePhone;
        yield return details.BusinessPhone;
    }

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
