using System.Collections.Concurrent;
using System.Net;
using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Host.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Ews.ImGroups.Host.Tests.Published;

/// <summary>
/// The published server killed with SIGKILL while clients write to it: after a restart on the same data volume every
/// change it answered with success is there, nothing half made is, and SQLite finds the file sound.
/// </summary>
[Collection(PublishedServers.Name)]
public sealed class CrashDurabilityTests(PublishedApp app, ITestOutputHelper output)
{
    /// <summary>Successful answers to wait for before the kill: enough that changes are being written when it comes.</summary>
    private const int SuccessesBeforeKill = 200;

    /// <summary>A bound on each client's loop, far above what the kill needs, so a broken server cannot keep a test running.</summary>
    private const int MaxRoundsPerWorker = 400;

    /// <summary>Clients on the shared mailboxes, two to each; one more client makes a new mailbox every round.</summary>
    private const int SharedWorkers = 6;

    private const string Domain = "crash.example";

    /// <summary>Mailboxes written to by two clients each, so their changes contend for one mailbox.</summary>
    private static readonly string[] SharedMailboxes = [$"first@{Domain}", $"second@{Domain}", $"third@{Domain}"];

    /// <summary>The group limit raised, so that however far the clients get before the kill, every answer is a success.</summary>
    private static readonly Dictionary<string, string> Settings = new() { ["Ews__MaxGroupsPerMailbox"] = "100000" };

    [Fact]
    public async Task Killed_server_restarts_with_every_acknowledged_change_and_nothing_half_written()
    {
        var run = new CrashRun();
        string dataDirectory;
        int exitCode;
        using (var server = await app.StartAsync(Settings))
        {
            dataDirectory = server.DataDirectory;
            var workers = Enumerable.Range(0, SharedWorkers + 1)
                .Select(w => Task.Run(() => WorkAsync(server.BaseAddress, w, run)))
                .ToList();

            // The kill waits for a number of answers, never for time; workers that all stop early end the wait too.
            await Task.WhenAny(run.Reached.Task, Task.WhenAll(workers));
            run.Killing = true;
            exitCode = server.Kill();
            await Task.WhenAll(workers);
        }

        run.Unexpected.Should().BeEmpty("every answer before the kill is a success, and no request fails before it");
        run.Successes.Should().BeGreaterThanOrEqualTo(SuccessesBeforeKill, "the kill came after that many successes");
        if (!OperatingSystem.IsWindows())
        {
            exitCode.Should().Be(128 + 9, "the server was ended by SIGKILL and ran no shutdown code");
        }

        using var restarted = await app.StartAsync(Settings, dataDirectory: dataDirectory);

        var unanswered = await AssertAcknowledgedChangesListedAsync(restarted, run);
        AssertStoreFileSound(Path.Combine(dataDirectory, "imgroups.db"), run);
        output.WriteLine(
            $"{run.Successes} successes before the kill ({run.Groups.Count} groups, {run.Contacts.Count} contacts); " +
            $"{unanswered} items of unanswered requests found after the restart");
    }

    /// <summary>
    /// One client's loop: add a group, add a new contact into it, add another into Other Contacts. Worker
    /// <see cref="SharedWorkers"/> instead provisions a new mailbox each round with its first group and contact.
    /// </summary>
    private static async Task WorkAsync(Uri baseAddress, int worker, CrashRun run)
    {
        using var client = new EwsClient(new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(1) }, SharedMailboxes[0]);
        for (var round = 0; round < MaxRoundsPerWorker && !run.Killing; round++)
        {
            var user = worker < SharedWorkers ? SharedMailboxes[worker % SharedMailboxes.Length] : $"new{round}@{Domain}";
            var groupName = $"W{worker} R{round}";
            run.Sent(user, groupName);
            var group = await SendAsync(client, user, Requests.AddImGroup(groupName), run);
            if (group is null)
            {
                return;
            }

            var groupId = group.StoreId!;
            run.Groups.Add(new AckedGroup(user, groupName, groupId));

            var memberAddress = $"w{worker}.r{round}.member@{Domain}";
            run.Sent(user, memberAddress);
            var member = await SendAsync(client, user, Requests.AddNewImContactToGroup(memberAddress, $"Member {worker}/{round}", groupId), run);
            if (member is null)
            {
                return;
            }

            run.Contacts.Add(new AckedContact(user, memberAddress, member.SourceIds().Single(), groupId));
            if (worker == SharedWorkers)
            {
                continue;
            }

            var otherAddress = $"w{worker}.r{round}.other@{Domain}";
            run.Sent(user, otherAddress);
            var other = await SendAsync(client, user, Requests.AddNewImContactToGroup(otherAddress, $"Other {worker}/{round}"), run);
            if (other is null)
            {
                return;
            }

            run.Contacts.Add(new AckedContact(user, otherAddress, other.SourceIds().Single(), GroupId: null));
        }
    }

    /// <summary>
    /// Sends one change and returns its answer when it is a success. A request that fails once the kill has begun
    /// stops the client (it was in flight, or the server is gone); anything else is recorded as unexpected.
    /// </summary>
    private static async Task<EwsReply?> SendAsync(EwsClient client, string user, string request, CrashRun run)
    {
        EwsReply reply;
        try
        {
            reply = await client.PostAsync(request, asUser: user);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
        {
            if (!run.Killing)
            {
                run.Unexpected.Enqueue($"{e.GetType().Name} before the kill: {e.Message}");
            }

            return null;
        }

        if (reply.Status != HttpStatusCode.OK || reply.ResponseCode != "NoError")
        {
            run.Unexpected.Enqueue($"HTTP {(int)reply.Status} {reply.ResponseCode}: {reply.Body}");
            return null;
        }

        if (Interlocked.Increment(ref run.Successes) == SuccessesBeforeKill)
        {
            run.Reached.TrySetResult();
        }

        return reply;
    }

    /// <summary>
    /// Over EWS after the restart: every acknowledged group and contact is on its mailbox's list, as answered. Returns
    /// how many groups and personas the lists show beyond those, made by requests the kill cut off.
    /// </summary>
    private static async Task<int> AssertAcknowledgedChangesListedAsync(RunningServer server, CrashRun run)
    {
        var unanswered = 0;
        var users = run.Groups.Select(g => g.User).Distinct(StringComparer.Ordinal).ToList();
        users.Should().Contain(SharedMailboxes);
        foreach (var user in users)
        {
            using var client = new EwsClient(new HttpClient { BaseAddress = server.BaseAddress }, user);
            var reply = await client.PostAsync(Requests.GetImItemList());
            reply.ResponseCode.Should().Be("NoError", server.Log);
            var list = ImListView.Read(reply);
            list.AssertWhole(user);

            foreach (var group in run.Groups.Where(g => g.User == user))
            {
                list.Group(group.Id).Should().NotBeNull("{0} was acknowledged for {1}", group.Name, user)
                    .And.BeEquivalentTo(new { DisplayName = group.Name, GroupType = GroupTypes.UserGroup });
            }

            var otherContacts = list.SystemGroup(GroupTypes.OtherContacts).Id;
            foreach (var contact in run.Contacts.Where(c => c.User == user))
            {
                list.Personas.Should().ContainSingle(p => p.ContactId == contact.ContactId, "{0} was acknowledged for {1}", contact.ImAddress, user)
                    .Which.ImAddress.Should().Be(contact.ImAddress);
                list.Group(contact.GroupId ?? otherContacts)!.Members.Should().Contain(contact.ContactId, "{0} joined that group", contact.ImAddress);
            }

            // Whatever else the list shows came from a request that was sent but not answered: never anything else.
            list.UserGroups.Select(g => g.DisplayName).Should().BeSubsetOf(run.SentTo(user));
            list.Personas.Select(p => p.ImAddress!).Should().BeSubsetOf(run.SentTo(user));
            unanswered += list.UserGroups.Count(g => !run.Groups.Any(a => a.Id == g.Id))
                + list.Personas.Count(p => !run.Contacts.Any(a => a.ContactId == p.ContactId));
        }

        return unanswered;
    }

    /// <summary>
    /// On the file itself, read while the restarted server runs: SQLite's own checks pass, every mailbox has its system
    /// groups, every contact made over EWS is in a group, and nothing names a row that is not there.
    /// </summary>
    private static void AssertStoreFileSound(string file, CrashRun run)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = file,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();
        using var snapshot = connection.BeginTransaction(deferred: true);

        Query(connection, "PRAGMA integrity_check").Should().Equal(["ok"]);
        Query(connection, "PRAGMA foreign_key_check").Should().BeEmpty();
        Query(connection, "PRAGMA journal_mode").Should().Equal(["wal"], "the store keeps a write-ahead log");

        var systemTypes = string.Join(", ", SystemGroups.Types.Select(t => $"'{t}'"));
        Query(connection, $"""
            SELECT m.SmtpAddress FROM Mailboxes m
            WHERE (SELECT COUNT(*) FROM Groups g WHERE g.MailboxId = m.Id AND g.GroupType IN ({systemTypes})) <> 3
            """).Should().BeEmpty("a mailbox is made together with its three system groups");
        Query(connection, """
            SELECT g.DisplayName FROM Groups g WHERE NOT EXISTS (SELECT 1 FROM Mailboxes m WHERE m.Id = g.MailboxId)
            UNION ALL
            SELECT c.ImAddress FROM Contacts c WHERE NOT EXISTS (SELECT 1 FROM Mailboxes m WHERE m.Id = c.MailboxId)
            """).Should().BeEmpty("no group or contact outlives its mailbox row");
        Query(connection, """
            SELECT m.GroupId || '/' || m.ContactId FROM Memberships m
            WHERE NOT EXISTS (SELECT 1 FROM Groups g WHERE g.Id = m.GroupId)
               OR NOT EXISTS (SELECT 1 FROM Contacts c WHERE c.Id = m.ContactId)
               OR (SELECT g.MailboxId FROM Groups g WHERE g.Id = m.GroupId) <> (SELECT c.MailboxId FROM Contacts c WHERE c.Id = m.ContactId)
            """).Should().BeEmpty("a membership joins a group and a contact of one mailbox");
        Query(connection, $"""
            SELECT c.ImAddress FROM Contacts c JOIN Mailboxes m ON m.Id = c.MailboxId
            WHERE m.SmtpAddress LIKE '%@{Domain}' AND NOT EXISTS (SELECT 1 FROM Memberships s WHERE s.ContactId = c.Id)
            """).Should().BeEmpty("a contact is made together with its membership, and these clients remove none");

        var mailboxes = Query(connection, $"SELECT SmtpAddress FROM Mailboxes WHERE SmtpAddress LIKE '%@{Domain}'");
        mailboxes.Should().Contain(run.Groups.Select(g => g.User).Distinct(StringComparer.Ordinal));
        foreach (var mailbox in mailboxes)
        {
            Query(connection, $"""
                SELECT g.DisplayName FROM Groups g JOIN Mailboxes m ON m.Id = g.MailboxId
                WHERE m.SmtpAddress = '{mailbox}' AND g.GroupType = '{GroupTypes.UserGroup}'
                UNION ALL
                SELECT c.ImAddress FROM Contacts c JOIN Mailboxes m ON m.Id = c.MailboxId WHERE m.SmtpAddress = '{mailbox}'
                """).Should().BeSubsetOf(run.SentTo(mailbox), "the store holds only what was sent to {0}", mailbox);
        }
    }

    private static List<string> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue)));
        }

        return rows;
    }

    private sealed record AckedGroup(string User, string Name, string Id);

    /// <summary>A contact an AddNewImContactToGroup answer acknowledged, in the group named, or in Other Contacts.</summary>
    private sealed record AckedContact(string User, string ImAddress, string ContactId, string? GroupId);

    /// <summary>What the clients sent and what the server acknowledged, shared by the clients.</summary>
    private sealed class CrashRun
    {
        private readonly ConcurrentDictionary<string, ConcurrentBag<string>> sent = new(StringComparer.Ordinal);

        public int Successes;

        public volatile bool Killing;

        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ConcurrentBag<AckedGroup> Groups { get; } = [];

        public ConcurrentBag<AckedContact> Contacts { get; } = [];

        public ConcurrentQueue<string> Unexpected { get; } = new();

        /// <summary>Records a group name or IM address before its request goes out.</summary>
        public void Sent(string user, string nameOrAddress) => sent.GetOrAdd(user, _ => []).Add(nameOrAddress);

        public IReadOnlyCollection<string> SentTo(string user) => sent.TryGetValue(user, out var values) ? [.. values] : [];
    }
}
