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
        "\"ImContactSipUriAddress\", \"ImTelephoneNumber\", \"Version\", \"CreatedAt\", \"IsQuickContact\"";

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
            NullableString(reader, 9)),
        reader.GetInt32(10),
        reader.GetFieldValue<DateTimeOffset>(11),
        reader.GetBoolean(12));

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
