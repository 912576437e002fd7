using Ews.ImGroups.Domain.Ids;

namespace Ews.ImGroups.Domain.Lists;

/// <summary>The IM-list rules: what each operation may change, and which error it reports when it may not.</summary>
public sealed class ImListService(IImListStore store, ImListLimits limits)
{
    /// <summary>Adds a user group. The caller has made sure the name is not blank.</summary>
    public Task<ImListResult<ImGroup>> AddImGroupAsync(long mailboxId, string displayName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        return store.InMailboxAsync(mailboxId, async session =>
        {
            var normalized = GroupNames.Normalize(displayName);
            if (SystemGroups.IsReservedName(normalized) || await session.GroupNameExistsAsync(normalized))
            {
                return MailboxWork<ImListResult<ImGroup>>.Discard(ImListError.ImGroupDisplayNameAlreadyExists);
            }

            if (await session.CountGroupsAsync(SystemGroups.Types) >= limits.MaxGroups)
            {
                return MailboxWork<ImListResult<ImGroup>>.Discard(ImListError.ImGroupLimitReached);
            }

            try
            {
                var group = await session.AddGroupAsync(displayName, normalized, GroupTypes.UserGroup);
                return MailboxWork<ImListResult<ImGroup>>.Keep(ImListResult<ImGroup>.Success(group));
            }
            catch (GroupNameTakenException)
            {
                return MailboxWork<ImListResult<ImGroup>>.Discard(ImListError.ImGroupDisplayNameAlreadyExists);
            }
        }, cancellationToken);
    }

    /// <summary>
    /// Puts an existing IM contact into a group, or into Other Contacts when no group is named.
    /// Adding a contact to a group it is already in succeeds and changes nothing.
    /// </summary>
    public Task<ImListResult<ImGroup>> AddImContactToGroupAsync(
        long mailboxId, string? contactId, string? groupId, CancellationToken cancellationToken)
    {
        var contactKey = ParseId(contactId, mailboxId, ItemKind.Contact, ImListError.InvalidImContactId);
        if (!contactKey.IsSuccess)
        {
            return Task.FromResult(ImListResult<ImGroup>.Failure(contactKey.Error));
        }

        ImListResult<long> groupKey = default;
        if (groupId is not null)
        {
            groupKey = ParseId(groupId, mailboxId, ItemKind.Group, ImListError.InvalidImGroupId);
            if (!groupKey.IsSuccess)
            {
                return Task.FromResult(ImListResult<ImGroup>.Failure(groupKey.Error));
            }
        }

        return store.InMailboxAsync(mailboxId, async session =>
        {
            var contact = await session.FindContactAsync(contactKey.Value);
            if (contact is null || !contact.IsImContact)
            {
                return MailboxWork<ImListResult<ImGroup>>.Discard(ImListError.InvalidImContactId);
            }

            var group = groupId is null
                ? await GetOrCreateOtherContactsAsync(session)
                : await session.FindGroupAsync(groupKey.Value);
            if (group is null)
            {
                return MailboxWork<ImListResult<ImGroup>>.Discard(ImListError.InvalidImGroupId);
            }

            if (!await session.IsMemberAsync(group.Number, contact.Number))
            {
                await session.AddMemberAsync(group.Number, contact.Number);
                group = group with { Version = group.Version + 1 };
            }

            return MailboxWork<ImListResult<ImGroup>>.Keep(ImListResult<ImGroup>.Success(group));
        }, cancellationToken);
    }

    private static async Task<ImGroup> GetOrCreateOtherContactsAsync(IMailboxSession session) =>
        await session.FindGroupByTypeAsync(GroupTypes.OtherContacts)
        ?? await session.AddGroupAsync(
            SystemGroups.OtherContactsName, GroupNames.Normalize(SystemGroups.OtherContactsName), GroupTypes.OtherContacts);

    /// <summary>
    /// Reads an id for this mailbox. An id of another mailbox, or of another kind of item, is reported exactly like
    /// an unknown one so that nothing about other mailboxes leaks.
    /// </summary>
    private static ImListResult<long> ParseId(string? id, long mailboxId, ItemKind kind, ImListError notFound) =>
        ItemIdCodec.TryDecodeId(id, out var key) switch
        {
            IdDecodeStatus.Empty => ImListError.InvalidIdEmpty,
            IdDecodeStatus.Malformed => ImListError.InvalidIdMalformed,
            _ when key.Kind != kind || key.MailboxId != mailboxId => notFound,
            _ => ImListResult<long>.Success(key.ItemNumber),
        };
}
