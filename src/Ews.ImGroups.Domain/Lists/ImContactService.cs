using Ews.ImGroups.Domain.Ids;

namespace Ews.ImGroups.Domain.Lists;

/// <summary>The rules for the contacts of a list: which may join a group, which are created, and how they leave.</summary>
public sealed class ImContactService(IImListStore store, ImListLimits limits, ItemIdCodec ids, TimeProvider clock)
{
    /// <summary>
    /// Puts an existing IM contact into a group, or into Other Contacts when no group is named. Adding a contact to a
    /// group it is already in succeeds and changes nothing.
    /// </summary>
    public Task<ImListResult<ImContact>> AddImContactToGroupAsync(
        long mailboxId, string? contactId, string? groupId, CancellationToken cancellationToken)
    {
        var contactNumber = ids.Contact(contactId, mailboxId);
        if (!contactNumber.IsSuccess)
        {
            return Task.FromResult(ImListResult<ImContact>.Failure(contactNumber.Error));
        }

        return WithTargetGroupAsync<ImContact>(mailboxId, groupId, ImListError.InvalidImGroupId, ImListError.InvalidImGroupId, async (session, group) =>
        {
            var contact = await session.FindContactAsync(contactNumber.Value);
            return contact is { IsImContact: true }
                ? await JoinAsync(session, contact, group)
                : ImListError.InvalidImContactId;
        }, cancellationToken);
    }

    /// <summary>
    /// Adds a contact by IM address, in Quick Contacts, and answers with its persona. An address the mailbox already
    /// has, with or without <c>sip:</c> or in another case, names the contact it has: that contact joins the group
    /// instead of a second one being made. A group of another mailbox names a mailbox this one cannot reach.
    /// </summary>
    public Task<ImListResult<ImPersona>> AddNewImContactToGroupAsync(
        long mailboxId, string imAddress, string? displayName, string? groupId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(imAddress);
        var normalized = ImAddresses.Normalize(imAddress);
        var name = string.IsNullOrWhiteSpace(displayName) ? normalized : displayName;
        var email = normalized.Contains('@', StringComparison.Ordinal) ? normalized : null;
        var details = new ContactDetails(name, EmailAddress: email, ImAddress: imAddress, EmailDisplayName: email is null ? null : name);
        return AddNewAsync(mailboxId, details, ContactFolder.QuickContacts, normalized, groupId, ImListError.GroupInAnotherMailbox, cancellationToken);
    }

    /// <summary>
    /// Adds a telephone contact, in Lync Contacts, and answers with its persona: its SIP URI is its IM address, so the
    /// same rules about duplicates apply.
    /// </summary>
    public Task<ImListResult<ImPersona>> AddNewTelUriContactToGroupAsync(
        long mailboxId, string telUriAddress, string sipUriAddress, string telephoneNumber, string? groupId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sipUriAddress);
        var details = new ContactDetails(
            telephoneNumber,
            ImAddress: sipUriAddress,
            TelUriAddress: telUriAddress,
            ImContactSipUriAddress: sipUriAddress,
            ImTelephoneNumber: telephoneNumber);
        return AddNewAsync(
            mailboxId, details, ContactFolder.LyncContacts, ImAddresses.Normalize(sipUriAddress), groupId, ImListError.ItemNotFound, cancellationToken);
    }

    /// <summary>
    /// Takes a contact out of one group. A contact that is not in the group is an invalid contact for it, as in Exchange;
    /// a distribution group's members come from the directory and cannot be removed.
    /// </summary>
    public Task<ImListResult<Done>> RemoveImContactFromGroupAsync(
        long mailboxId, string? contactId, string? groupId, CancellationToken cancellationToken)
    {
        var contactNumber = ids.Contact(contactId, mailboxId);
        var groupNumber = ids.Group(groupId, mailboxId);
        if (!contactNumber.IsSuccess || !groupNumber.IsSuccess)
        {
            return Task.FromResult(ImListResult<Done>.Failure(contactNumber.IsSuccess ? groupNumber.Error : contactNumber.Error));
        }

        return store.ChangeAsync<Done>(mailboxId, async session =>
        {
            if (await session.FindContactAsync(contactNumber.Value) is null)
            {
                return ImListError.InvalidImContactId;
            }

            var group = await session.FindGroupAsync(groupNumber.Value);
            if (group is null)
            {
                return ImListError.InvalidImGroupId;
            }

            if (group.IsDistributionGroup)
            {
                return ImListError.UnableToRemoveImContactFromGroup;
            }

            if (!await session.IsMemberAsync(groupNumber.Value, contactNumber.Value))
            {
                return ImListError.InvalidImContactId;
            }

            await session.RemoveMemberAsync(groupNumber.Value, contactNumber.Value);
            return default(Done);
        }, cancellationToken);
    }

    /// <summary>
    /// Takes a contact off the list: out of every group. A contact the list created is deleted with it; a contact
    /// of the mailbox's own stays in the mailbox and can be added again. A contact not on the list is not found.
    /// </summary>
    public Task<ImListResult<Done>> RemoveContactFromImListAsync(long mailboxId, string? contactId, CancellationToken cancellationToken)
    {
        var contactNumber = ids.Contact(contactId, mailboxId, ImListError.ItemNotFound);
        if (!contactNumber.IsSuccess)
        {
            return Task.FromResult(ImListResult<Done>.Failure(contactNumber.Error));
        }

        return store.ChangeAsync<Done>(mailboxId, async session =>
        {
            var contact = await session.FindContactAsync(contactNumber.Value);
            if (contact is null || !await session.IsListedAsync(contact.Number))
            {
                return ImListError.ItemNotFound;
            }

            await session.RemoveFromAllGroupsAsync(contact.Number);
            if (contact.IsQuickContact)
            {
                await session.RemoveContactAsync(contact.Number);
            }

            return default(Done);
        }, cancellationToken);
    }

    private Task<ImListResult<ImPersona>> AddNewAsync(
        long mailboxId,
        ContactDetails details,
        ContactFolder folder,
        string normalizedImAddress,
        string? groupId,
        ImListError groupOfAnotherMailbox,
        CancellationToken cancellationToken) =>
        WithTargetGroupAsync<ImPersona>(mailboxId, groupId, ImListError.ItemNotFound, groupOfAnotherMailbox, async (session, group) =>
        {
            var contact = await session.FindContactByImAddressAsync(normalizedImAddress);
            if (contact is null)
            {
                if (await session.CountListedContactsAsync() >= limits.MaxContacts)
                {
                    return ImListError.ImContactLimitReached;
                }

                contact = await session.AddContactAsync(details, folder, normalizedImAddress, clock.GetUtcNow());
            }

            var joined = await JoinAsync(session, contact, group);
            if (!joined.IsSuccess)
            {
                return joined.Error;
            }

            return contact.LinkKey is { } link
                ? ImPersona.Link(await session.FindLinkedContactsAsync(link))[0]
                : new ImPersona(mailboxId, [contact]);
        }, cancellationToken);

    /// <summary>
    /// Resolves the group a contact should join, then runs the change: a named group, or Other Contacts. Operations
    /// differ in how they report a group that is not there: <paramref name="groupNotFound"/>.
    /// </summary>
    private Task<ImListResult<T>> WithTargetGroupAsync<T>(
        long mailboxId,
        string? groupId,
        ImListError groupNotFound,
        ImListError groupOfAnotherMailbox,
        Func<IMailboxSession, ImGroup, Task<ImListResult<T>>> change,
        CancellationToken cancellationToken)
    {
        ImListResult<long> groupNumber = default;
        if (groupId is not null)
        {
            groupNumber = ids.Group(groupId, mailboxId, groupNotFound, groupOfAnotherMailbox);
            if (!groupNumber.IsSuccess)
            {
                return Task.FromResult(ImListResult<T>.Failure(groupNumber.Error));
            }
        }

        return store.ChangeAsync(mailboxId, async session =>
        {
            var group = groupId is null
                ? await session.FindGroupByTypeAsync(GroupTypes.OtherContacts)
                : await session.FindGroupAsync(groupNumber.Value);

            // A distribution group's members come from the directory; the list cannot add to them.
            return group is null || group.IsDistributionGroup
                ? groupNotFound
                : await change(session, group);
        }, cancellationToken);
    }

    private async Task<ImListResult<ImContact>> JoinAsync(IMailboxSession session, ImContact contact, ImGroup group)
    {
        if (await session.IsMemberAsync(group.Number, contact.Number))
        {
            return contact;
        }

        if (!await session.IsListedAsync(contact.Number) && await session.CountListedContactsAsync() >= limits.MaxContacts)
        {
            return ImListError.ImContactLimitReached;
        }

        await session.AddMemberAsync(group.Number, contact.Number);
        return contact;
    }
}
