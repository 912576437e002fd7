namespace Ews.ImGroups.Domain.Lists;

/// <summary>Groups the server owns in every mailbox. Their names are reserved even before the group exists.</summary>
public static class SystemGroups
{
    public const string OtherContactsName = "Other Contacts";

    private static readonly HashSet<string> ReservedNormalizedNames = new(StringComparer.Ordinal)
    {
        GroupNames.Normalize(OtherContactsName),
    };

    public static bool IsReservedName(string normalizedName) => ReservedNormalizedNames.Contains(normalizedName);

    /// <summary>Group types of the system groups, which do not count towards the group limit.</summary>
    public static IReadOnlyCollection<string> Types { get; } = [GroupTypes.OtherContacts];
}
