using Ews.ImGroups.Domain.Ids;

namespace Ews.ImGroups.Domain.Lists;

/// <summary>The rules for the groups of a list: user groups, distribution groups and the system groups.</summary>
public sealed class ImGroupService(IImListStore store, ImListLimits limits, ItemIdCodec ids)
{
    /// <summary>Adds a user group. The caller has made sure the name is not blank.</summary>
    public Task<ImListResult<ImGroup>> AddImGroupAsync(long mailboxId, string displayName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        return store.ChangeAsync(mailboxId, session => AddAsync(session, displayName, GroupTypes.UserGroup, null), cancellationToken);
    }

    /// <summary>
    /// Shows a directory distribution group on the list under the name given. Adding one that is already there returns
    /// the group the list has; its members come from the directory, not from the list.
    /// </summary>
    public Task<ImListResult<ImGroup>> AddDistributionGroupAsync(
        long mailboxId, DirectoryGroup? directoryGroup, string displayName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        if (directoryGroup is null)
        {
            return Task.FromResult<ImListResult<ImGroup>>(ImListError.InvalidImDistributionGroupSmtpAddress);
        }

        return store.ChangeAsync(mailboxId, async session =>
            await session.FindDistributionGroupAsync(directoryGroup.SmtpAddress) is { } listed
                ? listed
                : await AddAsync(session, displayName, GroupTypes.DistributionGroup, directoryGroup.SmtpAddress),
            cancellationToken);
    }

    /// <summary>Renames a user or distribution group; its change key changes.</summary>
    public Task<ImListResult<ImGroup>> SetImGroupAsync(long mailboxId, string? groupId, string newDisplayName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(newDisplayName);
        return ChangeGroupAsync(mailboxId, groupId, ImListError.CannotRenameSystemGroup, async (session, group) =>
        {
            var normalized = GroupNames.Normalize(newDisplayName);
            if (SystemGroups.IsReservedName(normalized) || await session.GroupNameExistsAsync(normalized, group.Number))
            {
                return ImListError.ImGroupDisplayNameAlreadyExists;
            }

            try
            {
                return await session.RenameGroupAsync(group, newDisplayName, normalized);
            }
            catch (GroupNameTakenException)
            {
                return ImListError.ImGroupDisplayNameAlreadyExists;
            }
        }, cancellationToken);
    }

    /// <summary>Removes a user or distribution group; members in no other group leave the list with it.</summary>
    public Task<ImListResult<ImGroup>> RemoveImGroupAsync(long mailboxId, string? groupId, CancellationToken cancellationToken) =>
        ChangeGroupAsync(mailboxId, groupId, ImListError.CannotRemoveSystemGroup, async (session, group) =>
        {
            await session.RemoveGroupAsync(group.Number);
            return group;
        }, cancellationToken);

    /// <summary>
    /// Removes a distribution group. As in Exchange, a group the list does not show as a distribution group (gone
    /// already, or another kind) is not found.
    /// </summary>
    public Task<ImListResult<ImGroup>> RemoveDistributionGroupAsync(long mailboxId, string? groupId, CancellationToken cancellationToken)
    {
        var number = ids.Group(groupId, mailboxId, ImListError.ItemNotFound);
        if (!number.IsSuccess)
        {
            return Task.FromResult(ImListResult<ImGroup>.Failure(number.Error));
        }

        return store.ChangeAsync<ImGroup>(mailboxId, async session =>
        {
            if (await session.FindGroupAsync(number.Value) is not { IsDistributionGroup: true } group)
            {
                return ImListError.ItemNotFound;
            }

            await session.RemoveGroupAsync(group.Number);
            return group;
        }, cancellationToken);
    }

    private Task<ImListResult<ImGroup>> ChangeGroupAsync(
        long mailboxId,
        string? groupId,
        ImListError systemGroupError,
        Func<IMailboxSession, ImGroup, Task<ImListResult<ImGroup>>> change,
        CancellationToken cancellationToken)
    {
        var number = ids.Group(groupId, mailboxId);
        if (!number.IsSuccess)
        {
            return Task.FromResult(ImListResult<ImGroup>.Failure(number.Error));
        }

        return store.ChangeAsync(mailboxId, async session => await session.FindGroupAsync(number.Value) switch
        {
            null => ImListError.InvalidImGroupId,
            { } group when SystemGroups.IsSystem(group) => systemGroupError,
            { } group => await change(session, group),
        }, cancellationToken);
    }

    private async Task<ImListResult<ImGroup>> AddAsync(IMailboxSession session, string displayName, string groupType, string? smtpAddress)
    {
        var normalized = GroupNames.Normalize(displayName);
        if (SystemGroups.IsReservedName(normalized) || await session.GroupNameExistsAsync(normalized))
        {
            return ImListError.ImGroupDisplayNameAlreadyExists;
        }

        if (await session.CountGroupsAsync(SystemGroups.Types) >= limits.MaxGroups)
        {
            return ImListError.ImGroupLimitReached;
        }

        try
        {
            return await session.AddGroupAsync(displayName, normalized, groupType, smtpAddress);
        }
        catch (GroupNameTakenException)
        {
            return ImListError.ImGroupDisplayNameAlreadyExists;
        }
    }
}
