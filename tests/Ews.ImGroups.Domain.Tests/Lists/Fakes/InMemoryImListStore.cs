using Ews.ImGroups.Domain.Lists;

namespace Ews.ImGroups.Domain.Tests.Lists.Fakes;

/// <summary>
/// Keeps each mailbox in memory. A change runs on a copy of the mailbox that replaces the original only when the work
/// returns a success, so failed work leaves nothing behind, as in a database transaction. Like the real store, a
/// mailbox starts with the system groups; the seeding helpers write straight to the committed state.
/// </summary>
internal sealed class InMemoryImListStore : IImListStore
{
    private readonly Dictionary<long, MailboxState> mailboxes = [];
    private long lastNumber;

    /// <summary>Makes the next AddGroupAsync fail as a store does when a concurrent writer took the name first.</summary>
    public bool RejectNextGroupName { get; set; }

    /// <summary>Changes whose work succeeded and were kept.</summary>
    public int Commits { get; private set; }

    /// <summary>Every selection a read was asked for, in order.</summary>
    public List<(long MailboxId, ImListSelection Selection)> Reads { get; } = [];

    public async Task<ImListResult<T>> ChangeAsync<T>(
        long mailboxId, Func<IMailboxSession, Task<ImListResult<T>>> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var copy = Mailbox(mailboxId).Copy();
        var result = await work(new InMemoryMailboxSession(this, mailboxId, copy));
        if (result.IsSuccess)
        {
            mailboxes[mailboxId] = copy;
            Commits++;
        }

        return result;
    }

    public Task<ImItemList> ReadAsync(long mailboxId, ImListSelection selection, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Reads.Add((mailboxId, selection));
        var state = Mailbox(mailboxId);
        var groups = state.Groups
            .Where(g => selection.GroupNumbers?.Contains(g.Number) ?? true)
            .OrderBy(ListOrder)
            .ThenBy(g => g.Number)
            .Select(g => new ListedGroup(g, state.Memberships
                .Where(m => m.GroupNumber == g.Number)
                .OrderBy(m => m.ContactNumber)
                .Select(m => new ListedMember(m.ContactNumber, state.Contacts.Single(c => c.Number == m.ContactNumber).Version))
                .ToList()))
            .ToList();
        var asked = state.Contacts
            .Where(c => state.IsListed(c.Number) && (selection.ContactNumbers?.Contains(c.Number) ?? true))
            .ToList();
        var read = state.Contacts.Where(c => asked.Contains(c) || (c.LinkKey is not null && asked.Exists(a => a.LinkKey == c.LinkKey))).ToList();
        return Task.FromResult(new ImItemList(groups, ImPersona.Link(read)));
    }

    /// <summary>A mailbox without its system groups, as a store could hold one from before they existed.</summary>
    public void AddBareMailbox(long mailboxId) => mailboxes.Add(mailboxId, new MailboxState());

    public ImGroup AddGroup(long mailboxId, string displayName, string groupType = GroupTypes.UserGroup, string? smtpAddress = null) =>
        AddGroup(Mailbox(mailboxId), mailboxId, displayName, groupType, smtpAddress);

    public ImGroup AddDistributionGroup(long mailboxId, DirectoryGroup directoryGroup) =>
        AddGroup(mailboxId, directoryGroup.DisplayName, GroupTypes.DistributionGroup, directoryGroup.SmtpAddress);

    /// <summary>A contact of the mailbox's own, as the seed makes them: in the address book unless told, on no group.</summary>
    public ImContact AddContact(
        long mailboxId, string displayName, string? imAddress, ContactFolder folder = ContactFolder.Contacts, string? emailAddress = null)
    {
        var contact = new ImContact(
            mailboxId, NextNumber(), new ContactDetails(displayName, EmailAddress: emailAddress, ImAddress: imAddress), 0, DateTimeOffset.UnixEpoch, folder);
        var mailbox = Mailbox(mailboxId);
        mailbox.Contacts.Add(contact);
        mailbox.NormalizedImAddresses.Add(contact.Number, imAddress is null ? null : ImAddresses.Normalize(imAddress));
        return contact;
    }

    /// <summary>Puts a contact in a group without touching the group's version, to set a scene.</summary>
    public void AddMember(ImGroup group, ImContact contact) => Mailbox(group.MailboxId).Memberships.Add((group.Number, contact.Number));

    public ImGroup SystemGroup(long mailboxId, string groupType) => Groups(mailboxId).Single(g => g.GroupType == groupType);

    public ImGroup Group(long mailboxId, long number) => Groups(mailboxId).Single(g => g.Number == number);

    public IReadOnlyList<ImGroup> Groups(long mailboxId) => Mailbox(mailboxId).Groups;

    public IReadOnlyList<ImGroup> UserGroups(long mailboxId) => Groups(mailboxId).Where(g => !SystemGroups.IsSystem(g)).ToList();

    public IReadOnlyList<ImContact> Contacts(long mailboxId) => Mailbox(mailboxId).Contacts;

    public IReadOnlyList<(long GroupNumber, long ContactNumber)> Memberships(long mailboxId) => Mailbox(mailboxId).Memberships;

    public IReadOnlyList<long> GroupsOf(ImContact contact) =>
        Memberships(contact.MailboxId).Where(m => m.ContactNumber == contact.Number).Select(m => m.GroupNumber).Order().ToList();

    public bool IsListed(ImContact contact) => Mailbox(contact.MailboxId).IsListed(contact.Number);

    public bool MigrationCompleted(long mailboxId) => Mailbox(mailboxId).MigrationCompleted;

    /// <summary>A deep copy of every mailbox, to compare before and after an operation.</summary>
    public Dictionary<long, MailboxState> Snapshot() => mailboxes.ToDictionary(m => m.Key, m => m.Value.Copy());

    /// <summary>Numbers are unique across mailboxes, like the database's row ids.</summary>
    internal long NextNumber() => ++lastNumber;

    private static int ListOrder(ImGroup group)
    {
        var index = SystemGroups.All.ToList().FindIndex(s => s.GroupType == group.GroupType);
        return index >= 0 ? index : SystemGroups.All.Count;
    }

    private ImGroup AddGroup(MailboxState mailbox, long mailboxId, string displayName, string groupType, string? smtpAddress)
    {
        var group = new ImGroup(mailboxId, NextNumber(), displayName, groupType, 0, smtpAddress);
        mailbox.Groups.Add(group);
        mailbox.NormalizedNames.Add(group.Number, GroupNames.Normalize(displayName));
        return group;
    }

    private MailboxState Mailbox(long mailboxId)
    {
        if (!mailboxes.TryGetValue(mailboxId, out var state))
        {
            state = new MailboxState();
            mailboxes.Add(mailboxId, state);
            foreach (var (displayName, groupType) in SystemGroups.All)
            {
                AddGroup(state, mailboxId, displayName, groupType, null);
            }
        }

        return state;
    }
}
