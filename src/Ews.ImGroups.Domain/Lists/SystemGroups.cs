namespace Ews.ImGroups.Domain.Lists;

/// <summary>
/// The groups every mailbox's list starts with, in list order. They cannot be renamed or removed, their names are
/// taken, and they do not count towards the group limit.
/// </summary>
public static class SystemGroups
{
    public const string OtherContactsName = "Other Contacts";

    public static IReadOnlyList<(string DisplayName, string GroupType)> All { get; } =
    [
        (OtherContactsName, GroupTypes.OtherContacts),
        ("Tagged", GroupTypes.Tagged),
        ("Favorites", GroupTypes.Favorites),
    ];

    /// <summary>Group types of the system groups.</summary>
    public static IReadOnlyCollection<string> Types { get; } = All.Select(g => g.GroupType).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> ReservedNormalizedNames =
        All.Select(g => GroupNames.Normalize(g.DisplayName)).ToHashSet(StringComparer.Ordinal);

    public static bool IsReservedName(string normalizedName) => ReservedNormalizedNames.Contains(normalizedName);

    public static bool IsSystem(ImGroup group) => Types.Contains(group.GroupType);
}
