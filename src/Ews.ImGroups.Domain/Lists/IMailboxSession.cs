namespace Ews.ImGroups.Domain.Lists;

/// <summary>Reads and writes of one mailbox's IM list within one unit of work.</summary>
public interface IMailboxSession
{
    Task<int> CountGroupsAsync(IReadOnlyCollection<string> exceptGroupTypes);

    Task<bool> GroupNameExistsAsync(string normalizedName);

    Task<ImGroup?> FindGroupAsync(long number);

    Task<ImGroup?> FindGroupByTypeAsync(string groupType);

    Task<ImContact?> FindContactAsync(long number);

    Task<ImGroup> AddGroupAsync(string displayName, string normalizedName, string groupType);

    Task<bool> IsMemberAsync(long groupNumber, long contactNumber);

    /// <summary>Adds the membership and bumps the group's version, as a changed member list changes the group.</summary>
    Task AddMemberAsync(long groupNumber, long contactNumber);
}
