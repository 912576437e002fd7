namespace Ews.ImGroups.Domain.Lists;

/// <summary>Reads and writes of one mailbox's IM list within one unit of work.</summary>
public interface IMailboxSession
{
    Task<int> CountGroupsAsync(IReadOnlyCollection<string> exceptGroupTypes);

    /// <summary>Whether another group than <paramref name="exceptNumber"/> has the name.</summary>
    Task<bool> GroupNameExistsAsync(string normalizedName, long? exceptNumber = null);

    Task<ImGroup?> FindGroupAsync(long number);

    Task<ImGroup?> FindGroupByTypeAsync(string groupType);

    Task<ImGroup?> FindDistributionGroupAsync(string smtpAddress);

    Task<ImGroup> AddGroupAsync(string displayName, string normalizedName, string groupType, string? smtpAddress = null);

    Task<ImGroup> RenameGroupAsync(ImGroup group, string displayName, string normalizedName);

    Task RemoveGroupAsync(long number);

    Task<ImContact?> FindContactAsync(long number);

    Task<ImContact?> FindContactByImAddressAsync(string normalizedImAddress);

    Task<ImContact> AddContactAsync(ContactDetails details, ContactFolder folder, string? normalizedImAddress, DateTimeOffset createdAt);

    /// <summary>The contacts whose <see cref="ImContact.LinkKey"/> is <paramref name="linkKey"/>: one persona's.</summary>
    Task<IReadOnlyList<ImContact>> FindLinkedContactsAsync(string linkKey);

    Task RemoveContactAsync(long number);

    /// <summary>Contacts that belong to at least one group.</summary>
    Task<int> CountListedContactsAsync();

    Task<bool> IsListedAsync(long contactNumber);

    Task<bool> IsMemberAsync(long groupNumber, long contactNumber);

    /// <summary>Adds the membership and bumps the group's version, as a changed member list changes the group.</summary>
    Task AddMemberAsync(long groupNumber, long contactNumber);

    /// <summary>Removes the membership and bumps the group's version.</summary>
    Task RemoveMemberAsync(long groupNumber, long contactNumber);

    /// <summary>Removes the contact from every group, bumping each group's version.</summary>
    Task RemoveFromAllGroupsAsync(long contactNumber);

    Task SetMigrationCompletedAsync(bool completed);
}
