using Ews.ImGroups.Domain.Lists;

namespace Ews.ImGroups.Domain.Tests.Lists.Fakes;

/// <summary>
/// Works on the store's private copy of one mailbox. Writes the database would refuse (a taken name or address, a
/// membership twice, a row that is not there) throw, so a rule that lets one through fails its test.
/// </summary>
internal sealed class InMemoryMailboxSession(InMemoryImListStore store, long mailboxId, MailboxState state) : IMailboxSession
{
    public Task<int> CountGroupsAsync(IReadOnlyCollection<string> exceptGroupTypes) =>
        Task.FromResult(state.Groups.Count(g => !exceptGroupTypes.Contains(g.GroupType)));

    public Task<bool> GroupNameExistsAsync(string normalizedName, long? exceptNumber = null) =>
        Task.FromResult(state.NormalizedNames.Any(n => n.Value == normalizedName && n.Key != exceptNumber));

    public Task<ImGroup?> FindGroupAsync(long number) => Task.FromResult(state.Groups.SingleOrDefault(g => g.Number == number));

    public Task<ImGroup?> FindGroupByTypeAsync(string groupType) =>
        Task.FromResult(state.Groups.Where(g => g.GroupType == groupType).OrderBy(g => g.Number).FirstOrDefault());

    public Task<ImGroup?> FindDistributionGroupAsync(string smtpAddress) =>
        Task.FromResult(state.Groups.FirstOrDefault(g => g.IsDistributionGroup && g.SmtpAddress == smtpAddress));

    public Task<ImGroup> AddGroupAsync(string displayName, string normalizedName, string groupType, string? smtpAddress = null)
    {
        if (store.RejectNextGroupName || state.NormalizedNames.ContainsValue(normalizedName))
        {
            store.RejectNextGroupName = false;
            throw new GroupNameTakenException($"A group named '{displayName}' already exists.");
        }

        var group = new ImGroup(mailboxId, store.NextNumber(), displayName, groupType, 0, smtpAddress);
        state.Groups.Add(group);
        state.NormalizedNames.Add(group.Number, normalizedName);
        return Task.FromResult(group);
    }

    public Task<ImGroup> RenameGroupAsync(ImGroup group, string displayName, string normalizedName)
    {
        if (state.NormalizedNames.Any(n => n.Value == normalizedName && n.Key != group.Number))
        {
            throw new GroupNameTakenException($"A group named '{displayName}' already exists.");
        }

        var index = IndexOfGroup(group.Number);
        var renamed = state.Groups[index] with { DisplayName = displayName, Version = state.Groups[index].Version + 1 };
        state.Groups[index] = renamed;
        state.NormalizedNames[group.Number] = normalizedName;
        return Task.FromResult(renamed);
    }

    public Task RemoveGroupAsync(long number)
    {
        state.Groups.RemoveAt(IndexOfGroup(number));
        state.NormalizedNames.Remove(number);
        state.Memberships.RemoveAll(m => m.GroupNumber == number);
        return Task.CompletedTask;
    }

    public Task<ImContact?> FindContactAsync(long number) => Task.FromResult(state.Contacts.SingleOrDefault(c => c.Number == number));

    public Task<ImContact?> FindContactByImAddressAsync(string normalizedImAddress) =>
        Task.FromResult(state.Contacts.SingleOrDefault(c => state.NormalizedImAddresses[c.Number] == normalizedImAddress));

    public Task<ImContact> AddContactAsync(ContactDetails details, ContactFolder folder, string? normalizedImAddress, DateTimeOffset createdAt)
    {
        if (normalizedImAddress is not null && state.NormalizedImAddresses.ContainsValue(normalizedImAddress))
        {
            throw new InvalidOperationException($"The mailbox already has a contact with the IM address '{normalizedImAddress}'.");
        }

        var contact = new ImContact(mailboxId, store.NextNumber(), details, 0, createdAt, folder);
        state.Contacts.Add(contact);
        state.NormalizedImAddresses.Add(contact.Number, normalizedImAddress);
        return Task.FromResult(contact);
    }

    public Task<IReadOnlyList<ImContact>> FindLinkedContactsAsync(string linkKey) =>
        Task.FromResult<IReadOnlyList<ImContact>>(state.Contacts.Where(c => c.LinkKey == linkKey).ToList());

    public Task RemoveContactAsync(long number)
    {
        var removed = state.Contacts.RemoveAll(c => c.Number == number);
        if (removed != 1)
        {
            throw new InvalidOperationException($"Contact {number} is not in mailbox {mailboxId}.");
        }

        state.NormalizedImAddresses.Remove(number);
        state.Memberships.RemoveAll(m => m.ContactNumber == number);
        return Task.CompletedTask;
    }

    public Task<int> CountListedContactsAsync() => Task.FromResult(state.Contacts.Count(c => state.IsListed(c.Number)));

    public Task<bool> IsListedAsync(long contactNumber) => Task.FromResult(state.IsListed(contactNumber));

    public Task<bool> IsMemberAsync(long groupNumber, long contactNumber) =>
        Task.FromResult(state.Memberships.Contains((groupNumber, contactNumber)));

    public Task AddMemberAsync(long groupNumber, long contactNumber)
    {
        if (state.Memberships.Contains((groupNumber, contactNumber)) || !state.Contacts.Exists(c => c.Number == contactNumber))
        {
            throw new InvalidOperationException($"Contact {contactNumber} cannot join group {groupNumber}.");
        }

        IndexOfGroup(groupNumber);
        state.Memberships.Add((groupNumber, contactNumber));
        state.BumpGroup(groupNumber);
        return Task.CompletedTask;
    }

    public Task RemoveMemberAsync(long groupNumber, long contactNumber)
    {
        if (!state.Memberships.Remove((groupNumber, contactNumber)))
        {
            throw new InvalidOperationException($"Contact {contactNumber} is not in group {groupNumber}.");
        }

        state.BumpGroup(groupNumber);
        return Task.CompletedTask;
    }

    public Task RemoveFromAllGroupsAsync(long contactNumber)
    {
        foreach (var (groupNumber, _) in state.Memberships.Where(m => m.ContactNumber == contactNumber).ToList())
        {
            state.BumpGroup(groupNumber);
        }

        state.Memberships.RemoveAll(m => m.ContactNumber == contactNumber);
        return Task.CompletedTask;
    }

    public Task SetMigrationCompletedAsync(bool completed)
    {
        state.MigrationCompleted = completed;
        return Task.CompletedTask;
    }

    private int IndexOfGroup(long number)
    {
        var index = state.Groups.FindIndex(g => g.Number == number);
        return index >= 0 ? index : throw new InvalidOperationException($"Group {number} is not in mailbox {mailboxId}.");
    }
}
