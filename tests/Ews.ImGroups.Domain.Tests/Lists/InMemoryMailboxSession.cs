using Ews.ImGroups.Domain.Lists;

namespace Ews.ImGroups.Domain.Tests.Lists;

internal sealed class InMemoryMailboxSession(InMemoryImListStore store, long mailboxId, MailboxState state) : IMailboxSession
{
    public Task<int> CountGroupsAsync(IReadOnlyCollection<string> exceptGroupTypes) =>
        Task.FromResult(state.Groups.Count(g => !exceptGroupTypes.Contains(g.GroupType)));

    public Task<bool> GroupNameExistsAsync(string normalizedName) =>
        Task.FromResult(state.NormalizedNames.ContainsValue(normalizedName));

    public Task<ImGroup?> FindGroupAsync(long number) =>
        Task.FromResult(state.Groups.SingleOrDefault(g => g.Number == number));

    public Task<ImGroup?> FindGroupByTypeAsync(string groupType) =>
        Task.FromResult(state.Groups.FirstOrDefault(g => g.GroupType == groupType));

    public Task<ImContact?> FindContactAsync(long number) =>
        Task.FromResult(state.Contacts.SingleOrDefault(c => c.Number == number));

    public Task<ImGroup> AddGroupAsync(string displayName, string normalizedName, string groupType)
    {
        // Stands in for the database's unique index on (mailbox, normalized name).
        if (store.RejectNextGroupName || state.NormalizedNames.ContainsValue(normalizedName))
        {
            store.RejectNextGroupName = false;
            throw new GroupNameTakenException($"A group named '{displayName}' already exists.");
        }

        var group = new ImGroup(mailboxId, store.NextNumber(), displayName, groupType, 0);
        state.Groups.Add(group);
        state.NormalizedNames.Add(group.Number, normalizedName);
        return Task.FromResult(group);
    }

    public Task<bool> IsMemberAsync(long groupNumber, long contactNumber) =>
        Task.FromResult(state.Memberships.Contains((groupNumber, contactNumber)));

    public Task AddMemberAsync(long groupNumber, long contactNumber)
    {
        state.Memberships.Add((groupNumber, contactNumber));
        var index = state.Groups.FindIndex(g => g.Number == groupNumber);
        state.Groups[index] = state.Groups[index] with { Version = state.Groups[index].Version + 1 };
        return Task.CompletedTask;
    }
}
