using Ews.ImGroups.Domain.Ids;

namespace Ews.ImGroups.Domain.People;

/// <summary>What a directory entry is: a mailbox's user, or a distribution group.</summary>
public enum DirectoryEntryKind
{
    User,
    DistributionList,
}

/// <summary>
/// An entry of the server's directory as a search finds it. <see cref="Number"/> is the row's own: the mailbox's
/// number for a user, the group's for a distribution list.
/// </summary>
/// <param name="DisplayName">The name the directory gives; a user without one is shown by address.</param>
public sealed record DirectoryEntry(DirectoryEntryKind Kind, long Number, string SmtpAddress, string? DisplayName)
{
    public string ShownName => string.IsNullOrWhiteSpace(DisplayName) ? SmtpAddress : DisplayName;

    /// <summary>
    /// The entry's persona id: a kind of its own for users and for lists, so neither reads as the other or as a
    /// mailbox's item, and the entry's number in both number fields, as it belongs to no mailbox.
    /// </summary>
    public ItemKey Key => new(Kind == DirectoryEntryKind.User ? ItemKind.DirectoryUser : ItemKind.DirectoryList, Number, Number);
}
