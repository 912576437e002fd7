namespace Ews.ImGroups.Domain.Lists;

/// <summary>
/// Group names are unique per mailbox without regard to case, as in Exchange, nor to white space around them, which
/// a person reading the contact list cannot see.
/// </summary>
public static class GroupNames
{
    public static string Normalize(string displayName) => displayName.Trim().ToUpperInvariant();
}
