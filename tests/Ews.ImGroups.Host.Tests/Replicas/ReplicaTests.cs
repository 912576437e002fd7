using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ews.ImGroups.Host.Tests.Infrastructure;
using Ews.ImGroups.Host.Tests.Published;

namespace Ews.ImGroups.Host.Tests.Replicas;

/// <summary>
/// Two published servers on one PostgreSQL database behave as one server: one name taken once, chaos uses spent once,
/// one reset, one journal, one live view, whichever replica a request reaches.
/// </summary>
[Collection(PublishedServers.Name)]
public sealed class ReplicaTests(PublishedApp app)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [SkippableFact]
    public async Task Fifty_parallel_adds_of_one_name_through_a_load_balancer_make_exactly_one_group()
    {
        await using var replicas = await ReplicaSet.StartAsync(app, 2);
        using var front = await NginxFront.StartAsync(replicas.Servers.Select(s => s.BaseAddress));
        using var client = new EwsClient(new HttpClient { BaseAddress = front.Address }, Users.Alice);

        var replies = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => client.PostAsync(Requests.AddImGroup("Shared name"))));

        replies.Select(r => r.ResponseCode).Should().ContainSingle(code => code == "NoError")
            .And.Subject.Count(code => code == "ErrorImGroupDisplayNameAlreadyExists").Should().Be(49);
        replies.Should().OnlyContain(r => r.Status == HttpStatusCode.OK);
        foreach (var server in replicas.Servers)
        {
            using var reader = new EwsClient(new HttpClient { BaseAddress = server.BaseAddress }, Users.Alice);
            ImListView.Read(await reader.PostAsync(Requests.GetImItemList())).UserGroups.Select(g => g.DisplayName)
                .Should().Equal(["Shared name"], "both replicas serve the one group");
        }
    }

    [SkippableFact]
    public async Task Parallel_adds_of_one_name_straight_to_both_replicas_make_exactly_one_group()
    {
        await using var replicas = await ReplicaSet.StartAsync(app, 2);
        var clients = replicas.Servers.Select(s => new EwsClient(new HttpClient { BaseAddress = s.BaseAddress }, Users.Alice)).ToList();

        var replies = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => clients[i % 2].PostAsync(Requests.AddImGroup("Raced"))));

        replies.Count(r => r.ResponseCode == "NoError").Should().Be(1);
        replies.Count(r => r.ResponseCode == "ErrorImGroupDisplayNameAlreadyExists").Should().Be(49);
        clients.ForEach(c => c.Dispose());
    }

    [SkippableFact]
    public async Task Counted_chaos_rule_made_on_one_replica_affects_exactly_its_uses_over_both()
    {
        await using var replicas = await ReplicaSet.StartAsync(app, 2);
        using var admin = new HttpClient { BaseAddress = replicas[0].BaseAddress };
        var (status, _) = await AdminHttp.PostAsync(admin, "/admin/api/chaos", new
        {
            operation = "GetImItemList", times = 3, effect = "ErrorResponse", responseCode = "ErrorServerBusy",
        });
        status.Should().Be(HttpStatusCode.Created);
        var clients = replicas.Servers.Select(s => new EwsClient(new HttpClient { BaseAddress = s.BaseAddress }, Users.Alice)).ToList();

        var replies = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => clients[i % 2].PostAsync(Requests.GetImItemList())));

        replies.Count(r => r.ResponseCode == "ErrorServerBusy").Should().Be(3);
        replies.Count(r => r.ResponseCode == "NoError").Should().Be(27);
        using var other = new HttpClient { BaseAddress = replicas[1].BaseAddress };
        (await AdminHttp.GetAsync(other, "/admin/api/chaos")).Body.GetArrayLength().Should().Be(0, "the used-up rule left the list for every replica");
        clients.ForEach(c => c.Dispose());
    }

    [SkippableFact]
    public async Task Reset_through_one_replica_is_what_the_other_serves_next()
    {
        await using var replicas = await ReplicaSet.StartAsync(app, 2);
        using var b = new EwsClient(new HttpClient { BaseAddress = replicas[1].BaseAddress }, Users.Alice);
        (await b.PostAsync(Requests.AddImGroup("Before the reset"))).ResponseCode.Should().Be("NoError");
        var fresh = ImListView.Read(await b.PostAsync(Requests.GetImItemList()));
        fresh.UserGroups.Should().ContainSingle(g => g.DisplayName == "Before the reset");

        using var admin = new HttpClient { BaseAddress = replicas[0].BaseAddress };
        (await AdminHttp.PostAsync(admin, "/admin/api/reset")).Status.Should().Be(HttpStatusCode.NoContent);

        ImListView.Read(await b.PostAsync(Requests.GetImItemList())).UserGroups.Should().NotContain(g => g.DisplayName == "Before the reset");
    }

    [SkippableFact]
    public async Task Journal_and_dashboard_of_one_replica_show_the_other_replicas_traffic_by_name()
    {
        await using var replicas = await ReplicaSet.StartAsync(app, 2);
        using var b = new EwsClient(new HttpClient { BaseAddress = replicas[1].BaseAddress }, Users.Alice);
        (await b.PostAsync(Requests.AddImGroup("Served by b"))).ResponseCode.Should().Be("NoError");

        using var admin = new HttpClient { BaseAddress = replicas[0].BaseAddress };
        var entry = await EventuallyAsync(async () =>
        {
            var (_, body) = await AdminHttp.GetAsync(admin, "/admin/api/journal?operation=AddImGroup");
            return body.GetProperty("entries").EnumerateArray().FirstOrDefault(e => e.GetProperty("replica").GetString() == ReplicaSet.Name(1));
        });
        entry.GetProperty("mailbox").GetString().Should().Be(Users.Alice);

        var page = await admin.GetStringAsync("/journal");
        page.Should().Contain($"<td>{ReplicaSet.Name(1)}</td>");
    }

    [SkippableFact]
    public async Task Live_view_on_one_replica_hears_of_a_change_made_through_the_other()
    {
        await using var replicas = await ReplicaSet.StartAsync(app, 2);
        using var watcher = new HttpClient { BaseAddress = replicas[0].BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
        using var stream = await watcher.GetStreamAsync("/admin/api/events");
        using var events = new StreamReader(stream);
        using var patience = new CancellationTokenSource(Patience);
        var first = await NextEventAsync(events, patience.Token);

        using var admin = new HttpClient { BaseAddress = replicas[1].BaseAddress };
        (await AdminHttp.PostAsync(admin, "/admin/api/chaos", new { effect = "Latency", delayMilliseconds = 1 })).Status.Should().Be(HttpStatusCode.Created);

        var next = await NextEventAsync(events, patience.Token);
        next.Should().NotBe(first, "the change made through the other replica reached this one's watchers");
    }

    /// <summary>The data line of the next server-sent event.</summary>
    private static async Task<string> NextEventAsync(StreamReader events, CancellationToken cancellationToken)
    {
        while (await events.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return line;
            }
        }

        throw new Xunit.Sdk.XunitException("The event stream ended.");
    }

    /// <summary>Asks until the answer is there: another replica's journal entries are written just after its answer.</summary>
    private static async Task<JsonElement> EventuallyAsync(Func<Task<JsonElement>> ask)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (true)
        {
            var found = await ask();
            if (found.ValueKind != JsonValueKind.Undefined || patience.IsCancellationRequested)
            {
                found.ValueKind.Should().NotBe(JsonValueKind.Undefined, "the other replica's entry reaches the shared journal");
                return found;
            }

            await Task.Delay(50, CancellationToken.None);
        }
    }
}
