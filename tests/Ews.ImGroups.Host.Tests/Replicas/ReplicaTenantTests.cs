using System.Net;
using Ews.ImGroups.Host.Tests.Infrastructure;
using Ews.ImGroups.Host.Tests.Published;

namespace Ews.ImGroups.Host.Tests.Replicas;

/// <summary>Tenants live in the shared store: every replica serves one tenant's world, ids, journal and rules alike.</summary>
[Collection(PublishedServers.Name)]
public sealed class ReplicaTenantTests(PublishedApp app)
{
    private const string Tenant = "/t/shared";

    [SkippableFact]
    public async Task A_tenant_first_used_on_both_replicas_at_once_is_one_tenant_with_one_key()
    {
        await using var replicas = await ReplicaSet.StartAsync(app, 2);
        var clients = replicas.Servers.Select(s => new EwsClient(new HttpClient { BaseAddress = s.BaseAddress }, Users.Alice)).ToList();

        var replies = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => clients[i % 2].PostAsync(Requests.AddImGroup($"Group {i}"), path: Tenant + EwsClient.Endpoint)));
        var renames = await Task.WhenAll(replies.Select((r, i) => clients[(i + 1) % 2].PostAsync(Requests.SetImGroup(r.StoreId!, $"Renamed {i}"), path: Tenant + EwsClient.Endpoint)));

        replies.Should().OnlyContain(r => r.ResponseCode == "NoError");
        renames.Should().OnlyContain(r => r.ResponseCode == "NoError", "an id made on one replica is signed with the key the other reads");
        ImListView.Read(await clients[0].PostAsync(Requests.GetImItemList())).UserGroups.Should().BeEmpty("the default tenant saw none of it");
        clients.ForEach(c => c.Dispose());
    }

    [SkippableFact]
    public async Task A_tenants_rule_and_journal_made_through_one_replica_hold_on_the_other()
    {
        await using var replicas = await ReplicaSet.StartAsync(app, 2);
        using var admin = new HttpClient { BaseAddress = replicas[0].BaseAddress };
        using var other = new EwsClient(new HttpClient { BaseAddress = replicas[1].BaseAddress }, Users.Alice);
        var (status, _) = await AdminHttp.PostAsync(admin, Tenant + "/admin/api/chaos", new { operation = "GetImItemList", effect = "ServerBusy" });
        status.Should().Be(HttpStatusCode.Created);

        var inTenant = await other.PostAsync(Requests.GetImItemList(), path: Tenant + EwsClient.Endpoint);
        var inDefault = await other.PostAsync(Requests.GetImItemList());
        var journal = (await AdminHttp.GetAsync(admin, Tenant + "/admin/api/journal")).Body.GetProperty("entries").EnumerateArray().ToList();

        inTenant.ResponseCode.Should().Be("ErrorServerBusy");
        inDefault.ResponseCode.Should().Be("NoError");
        journal.Should().ContainSingle().Which.GetProperty("responseCode").GetString().Should().Be("ErrorServerBusy");
        (await AdminHttp.GetAsync(admin, "/admin/api/chaos")).Body.GetArrayLength().Should().Be(0);
    }
}
