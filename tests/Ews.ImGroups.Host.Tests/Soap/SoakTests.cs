using System.Collections.Concurrent;
using System.Net;
using System.Xml.Linq;
using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap;

/// <summary>
/// Eight clients send a bounded mix of the list's operations, all valid, to one mailbox or spread over several. No
/// answer is a fault or an HTTP 5xx, every answer is one the rules allow, every list a client reads shows its own
/// changes, and the lists end exactly as the successful answers imply.
/// </summary>
/// <remarks>
/// Each client owns the groups it makes and the contacts of its own addresses, and changes only those memberships
/// (its groups' members, and its own contacts in the system groups), so the final state follows from the answers
/// alone. Clients still contend: for one mailbox, for group names from a small shared pool (which may be taken), and
/// for contacts of shared addresses, which any client may make and all put into their groups.
/// </remarks>
public sealed class SoakTests : IDisposable
{
    private const int Workers = 8;

    private const int OperationsPerWorker = 100;

    private readonly EwsServer server = new();

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Eight_clients_of_mixed_operations_leave_exactly_the_lists_their_successful_answers_imply(int mailboxCount)
    {
        var mailboxes = new List<MailboxModel>();
        using (var reader = server.CreateEwsClient())
        {
            for (var i = 0; i < mailboxCount; i++)
            {
                var user = $"soak{i}@soak.example";
                var fresh = ImListView.Read(await reader.PostAsync(Requests.GetImItemList(), asUser: user));
                mailboxes.Add(new MailboxModel(user, fresh));
            }
        }

        var successes = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var clients = Enumerable.Range(0, Workers).Select(_ => server.CreateEwsClient()).ToList();
        try
        {
            await Task.WhenAll(clients.Select((client, w) =>
                Task.Run(() => new Worker(w, client, mailboxes, new Random((mailboxCount * 100) + w), successes).RunAsync())));
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }

        successes.Keys.Should().BeEquivalentTo(Worker.Operations, "every operation succeeded at least once, so the mix ran");
        using var client = server.CreateEwsClient();
        foreach (var mailbox in mailboxes)
        {
            var list = ImListView.Read(await client.PostAsync(Requests.GetImItemList(), asUser: mailbox.User));
            list.AssertWhole(mailbox.User);
            list.Groups.Should().BeEquivalentTo(
                mailbox.ExpectedGroups(), o => o.ComparingRecordsByMembers(), "the groups of {0} are those the answers imply", mailbox.User);
            list.Personas.Select(p => new ShownContact(p.ContactId, p.DisplayName, p.ImAddress))
                .Should().BeEquivalentTo(mailbox.ExpectedPersonas(), "the personas of {0} are the contacts in its groups", mailbox.User);
        }
    }

    public void Dispose() => server.Dispose();

    /// <summary>A persona as the list shows it, without its persona id.</summary>
    private sealed record ShownContact(string ContactId, string DisplayName, string? ImAddress);

    /// <summary>A group one client made; only that client renames it, changes its members or removes it.</summary>
    private sealed class OwnedGroup(string id, string name)
    {
        public string Id { get; } = id;

        public string Name { get; set; } = name;

        public HashSet<string> Members { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>A mailbox as the successful answers describe it.</summary>
    private sealed class MailboxModel(string user, ImListView fresh)
    {
        public string User { get; } = user;

        public ListedGroupView OtherContacts { get; } = fresh.SystemGroup(GroupTypes.OtherContacts);

        public IReadOnlyList<ListedGroupView> SystemGroups { get; } = fresh.Groups;

        /// <summary>Each client's groups, by client.</summary>
        public ConcurrentDictionary<int, List<OwnedGroup>> Groups { get; } = new();

        /// <summary>Memberships of system groups, each changed only by the client whose address the contact has.</summary>
        public ConcurrentDictionary<(string Group, string Contact), bool> SystemMembers { get; } = new();

        /// <summary>Contact ids by IM address, as the answers gave them.</summary>
        public ConcurrentDictionary<string, string> ContactIds { get; } = new(StringComparer.Ordinal);

        /// <summary>Contacts by id as the answers showed them.</summary>
        public ConcurrentDictionary<string, (string DisplayName, string ImAddress)> Contacts { get; } = new(StringComparer.Ordinal);

        public List<OwnedGroup> GroupsOf(int worker) => Groups.GetOrAdd(worker, _ => []);

        public IEnumerable<ListedGroupView> ExpectedGroups() =>
            SystemGroups.Select(g => g with { Members = SystemMembers.Keys.Where(k => k.Group == g.Id).Select(k => k.Contact).ToHashSet() })
                .Concat(Groups.Values.SelectMany(owned => owned)
                    .Select(g => new ListedGroupView(g.Id, g.Name, GroupTypes.UserGroup, g.Members)));

        public IEnumerable<ShownContact> ExpectedPersonas() =>
            ExpectedGroups().SelectMany(g => g.Members).Distinct(StringComparer.Ordinal)
                .Select(id => new ShownContact(id, Contacts[id].DisplayName, Contacts[id].ImAddress));
    }

    /// <summary>One client: a seeded sequence of operations, each checked against the model as its answer comes.</summary>
    private sealed class Worker(int number, EwsClient client, IReadOnlyList<MailboxModel> mailboxes, Random random, ConcurrentDictionary<string, int> successes)
    {
        public static readonly string[] Operations =
        [
            "AddImGroup", "SetImGroup", "RemoveImGroup", "AddNewImContactToGroup", "AddImContactToGroup", "RemoveImContactFromGroup", "GetImItemList",
        ];

        private const int MaxOwnGroups = 4;

        private const int PoolNames = 4;

        private const int SharedAddresses = 6;

        private static readonly XNamespace Types = "http://schemas.microsoft.com/exchange/services/2006/types";

        private readonly Dictionary<MailboxModel, List<string>> ownAddresses = mailboxes.ToDictionary(m => m, _ => new List<string>());

        private int nextName;

        public async Task RunAsync()
        {
            for (var i = 0; i < OperationsPerWorker; i++)
            {
                var mailbox = mailboxes[random.Next(mailboxes.Count)];
                var groups = mailbox.GroupsOf(number);
                switch (random.Next(100))
                {
                    case < 15 when groups.Count < MaxOwnGroups:
                        await AddGroupAsync(mailbox);
                        break;
                    case < 27 when groups.Count > 0:
                        await RenameAsync(mailbox, Pick(groups));
                        break;
                    case < 32 when groups.Count > 0:
                        await RemoveGroupAsync(mailbox, Pick(groups));
                        break;
                    case < 47 when !mailbox.Contacts.IsEmpty:
                        await AddExistingAsync(mailbox);
                        break;
                    case < 65:
                        await RemoveMemberAsync(mailbox);
                        break;
                    case < 85:
                        await AddNewAsync(mailbox);
                        break;
                    default:
                        await ReadListAsync(mailbox);
                        break;
                }
            }
        }

        private async Task AddGroupAsync(MailboxModel mailbox)
        {
            var (name, pooled) = NewName();
            var reply = await SendAsync(mailbox, Requests.AddImGroup(name), "AddImGroup", Taken(pooled));
            if (reply.ResponseCode == "NoError")
            {
                mailbox.GroupsOf(number).Add(new OwnedGroup(reply.StoreId!, name));
            }
        }

        private async Task RenameAsync(MailboxModel mailbox, OwnedGroup group)
        {
            var (name, pooled) = NewName();
            var reply = await SendAsync(mailbox, Requests.SetImGroup(group.Id, name), "SetImGroup", Taken(pooled));
            if (reply.ResponseCode == "NoError")
            {
                group.Name = name;
            }
        }

        private async Task RemoveGroupAsync(MailboxModel mailbox, OwnedGroup group)
        {
            await SendAsync(mailbox, Requests.RemoveImGroup(group.Id), "RemoveImGroup", "NoError");
            mailbox.GroupsOf(number).Remove(group);
        }

        /// <summary>A new contact or an existing address: a shared one into a group of this client's, or one of its own anywhere.</summary>
        private async Task AddNewAsync(MailboxModel mailbox)
        {
            var groups = mailbox.GroupsOf(number);
            var group = groups.Count > 0 && random.Next(10) < 7 ? Pick(groups) : null;
            var own = ownAddresses[mailbox];
            var address = group is not null && random.Next(2) == 0
                ? $"shared{random.Next(SharedAddresses)}@soak.example"
                : own.Count > 0 && random.Next(10) < 3 ? Pick(own) : $"w{number}.c{nextName++}@soak.example";
            var reply = await SendAsync(
                mailbox, Requests.AddNewImContactToGroup(address, $"W{number} {address}", group?.Id), "AddNewImContactToGroup", "NoError");

            var contactId = reply.SourceIds().Single();
            var shown = (reply.Xml.Descendants(Types + "DisplayName").First().Value, reply.Xml.Descendants(Types + "ImAddress").Single().Value);
            mailbox.ContactIds.GetOrAdd(address, contactId).Should().Be(contactId, "one address is one contact, whoever adds it");
            mailbox.Contacts.GetOrAdd(contactId, shown).Should().Be(shown, "every answer shows the contact as it was made");
            if (address.StartsWith($"w{number}.", StringComparison.Ordinal) && !own.Contains(address))
            {
                own.Add(address);
            }

            if (group is null)
            {
                mailbox.SystemMembers[(mailbox.OtherContacts.Id, contactId)] = true;
            }
            else
            {
                group.Members.Add(contactId);
            }
        }

        /// <summary>A contact any client made into a group of this client's, or one of its own contacts into a system group.</summary>
        private async Task AddExistingAsync(MailboxModel mailbox)
        {
            var groups = mailbox.GroupsOf(number);
            var own = OwnContactIds(mailbox);
            if (groups.Count > 0 && (own.Count == 0 || random.Next(2) == 0))
            {
                var group = Pick(groups);
                var contactId = Pick(mailbox.Contacts.Keys.ToList());
                await SendAsync(mailbox, Requests.AddImContactToGroup(contactId, group.Id), "AddImContactToGroup", "NoError");
                group.Members.Add(contactId);
            }
            else if (own.Count > 0)
            {
                var systemGroup = Pick(mailbox.SystemGroups);
                var contactId = Pick(own.ToList());
                await SendAsync(mailbox, Requests.AddImContactToGroup(contactId, systemGroup.Id), "AddImContactToGroup", "NoError");
                mailbox.SystemMembers[(systemGroup.Id, contactId)] = true;
            }
        }

        /// <summary>Removes a membership this client owns; now and then asks to remove one that is not there, which must fail.</summary>
        private async Task RemoveMemberAsync(MailboxModel mailbox)
        {
            var groups = mailbox.GroupsOf(number);
            var own = OwnContactIds(mailbox);
            var owned = groups.SelectMany(g => g.Members.Select(c => (Group: g.Id, Contact: c)))
                .Concat(mailbox.SystemMembers.Keys.Where(k => own.Contains(k.Contact)))
                .ToList();
            var absent = groups.SelectMany(g => mailbox.Contacts.Keys.Where(c => !g.Members.Contains(c)).Select(c => (Group: g.Id, Contact: c))).ToList();
            if (absent.Count > 0 && (owned.Count == 0 || random.Next(5) == 0))
            {
                var (groupId, contactId) = Pick(absent);
                await SendAsync(mailbox, Requests.RemoveImContactFromGroup(contactId, groupId), "RemoveImContactFromGroup (not a member)", "ErrorInvalidImContactId");
            }
            else if (owned.Count > 0)
            {
                var (groupId, contactId) = Pick(owned);
                await SendAsync(mailbox, Requests.RemoveImContactFromGroup(contactId, groupId), "RemoveImContactFromGroup", "NoError");
                if (groups.SingleOrDefault(g => g.Id == groupId) is { } group)
                {
                    group.Members.Remove(contactId);
                }
                else
                {
                    mailbox.SystemMembers.TryRemove((groupId, contactId), out _);
                }
            }
            else
            {
                await AddNewAsync(mailbox);
            }
        }

        /// <summary>Reads the list: it is whole, and shows this client's groups and memberships exactly as its answers left them.</summary>
        private async Task ReadListAsync(MailboxModel mailbox)
        {
            var list = ImListView.Read(await SendAsync(mailbox, Requests.GetImItemList(), "GetImItemList", "NoError"));
            list.AssertWhole($"worker {number} reading {mailbox.User}");
            foreach (var group in mailbox.GroupsOf(number))
            {
                list.Group(group.Id).Should().BeEquivalentTo(
                    new { DisplayName = group.Name, Members = group.Members }, "worker {0} made and changed {1} alone", number, group.Id);
            }

            var own = OwnContactIds(mailbox);
            foreach (var systemGroup in mailbox.SystemGroups)
            {
                list.Group(systemGroup.Id)!.Members.Where(own.Contains).Should().BeEquivalentTo(
                    mailbox.SystemMembers.Keys.Where(k => k.Group == systemGroup.Id && own.Contains(k.Contact)).Select(k => k.Contact),
                    "worker {0} alone puts its contacts into {1}", number, systemGroup.DisplayName);
            }
        }

        private async Task<EwsReply> SendAsync(MailboxModel mailbox, string request, string operation, params string[] allowed)
        {
            var reply = await client.PostAsync(request, asUser: mailbox.User);
            reply.Status.Should().Be(HttpStatusCode.OK, "worker {0} sent a valid {1} to {2}; the answer was {3}", number, operation, mailbox.User, reply.Body);
            reply.Fault.Should().BeNull();
            reply.ResponseCode.Should().BeOneOf(allowed, "worker {0} sent {1} to {2}; the answer was {3}", number, operation, mailbox.User, reply.Body);
            if (reply.ResponseCode == "NoError")
            {
                successes.AddOrUpdate(operation, 1, (_, n) => n + 1);
            }

            return reply;
        }

        /// <summary>A name of this client's own, or one of a few every client uses, in either case.</summary>
        private (string Name, bool Pooled) NewName() =>
            random.Next(10) < 3
                ? ($"{(random.Next(2) == 0 ? "Pool" : "POOL")} {random.Next(PoolNames)}", true)
                : ($"W{number} G{nextName++}", false);

        /// <summary>A pooled name may be taken by another client's group (or another of this one's); its own names never are.</summary>
        private static string[] Taken(bool pooled) => pooled ? ["NoError", "ErrorImGroupDisplayNameAlreadyExists"] : ["NoError"];

        private HashSet<string> OwnContactIds(MailboxModel mailbox) =>
            ownAddresses[mailbox].Select(a => mailbox.ContactIds[a]).ToHashSet(StringComparer.Ordinal);

        private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
    }
}
