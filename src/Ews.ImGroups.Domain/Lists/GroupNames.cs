namespace Ews.ImGroups.Domain.Lists;

/// <summary>Group names are unique per mailbox without regard to case, as in Exchange.</summary>
public static class GroupNames
{
    public static string Normalize(string displayName) => displayName.ToUpperInvariant();
}
