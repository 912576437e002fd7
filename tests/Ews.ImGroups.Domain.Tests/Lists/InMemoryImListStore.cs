using Ews.ImGroups.Domain.Lists;

namespace Ews.ImGroups.Domain.Tests.Lists;

/// <summary>
/// Keeps each mailbox in memory. A unit of work runs on a copy of the mailbox that replaces the original only when
/// the work asks to commit, so discarded work leaves nothing behind, as in a database transaction.
/// </summary>
internal sealed class InMemoryImListStore : IImListStore
{
    private readonly Dictionary<long, MailboxState> mailboxes = [];
    private long lastNumber;

    /// <summary>Makes the next AddGroupAsync fail as a store does when a concurrent writer took the name first.</summary>
    public bool RejectNextGroupName { get; set; }

    public async Task<T> InMailboxAsync<T>(
        long mailboxId, Func<IMailboxSession, Task<MailboxWork<T>>> work, CancellationToken cancellationToken)
    {
        var copy = Mailbox(mailboxId).Copy();
        var outcome = await work(new InMemoryMailboxSession(this, mailboxId, copy));
        if (outcome.Commit)
        {
            mailboxes[mailboxId] = copy;
        }

        return outcome.Result;
    }

    public ImContact AddContact(long mailboxId, string displayName, string? imAddress)
    {
        var contact = new ImContact(mailboxId, NextNumber(), displayName, imAddress, 0);
        Mailbox(mailboxId).Contacts.Add(contact);
        return contact;
    }

    public ImGroup AddGroup(long mailboxId, string displayName, string groupType = GroupTypes.UserGroup)
    {
        var group = new ImGroup(mailboxId, NextNumber(), displayName, groupType, 0);
        var mailbox = Mailbox(mailboxId);
        mailbox.Groups.Add(group);
        mailbox.NormalizedNames.Add(group.Number, GroupNames.Normalize(displayName));
        return group;
    }

    public IReadOnlyList<ImGroup> Groups(long mailboxId) => Mailbox(mailboxId).Groups;

    public IReadOnlyList<(long GroupNumber, long ContactNumber)> Memberships(long mailboxId) => Mailbox(mailboxId).Memberships;

    /// <summary>A deep copy of every mailbox, to compare before and after an operation.</summary>
    public Dictionary<long, MailboxState> Snapshot() => mailboxes.ToDictionary(m => m.Key, m => m.Value.Copy());

    /// <summary>Numbers are unique across mailboxes, like the database's row ids.</summary>
    internal long NextNumber() => ++lastNumber;

    private MailboxState Mailbox(long mailboxId)
    {
        if (!mailboxes.TryGetValue(mailboxId, out var state))
        {
            state = new MailboxState();
            mailboxes.Add(mailboxId, state);
        }

        return state;
    }
}
