using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Storage;

public sealed class RestartTests : IDisposable
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("ews-imgroups-restart-").FullName;

    [Fact]
    public async Task Groups_memberships_and_ids_survive_a_restart_on_the_same_file()
    {
        string groupId;
        using (var first = new EwsServer(dataDirectory: dataDirectory))
        using (var client = first.CreateEwsClient())
        {
            groupId = (await client.PostAsync(Requests.AddImGroup("Persisted"))).StoreId!;
            (await client.PostAsync(Requests.AddImContactToGroup(Users.AliceContactBob, groupId))).ResponseCode.Should().Be("NoError");
        }

        using var second = new EwsServer(dataDirectory: dataDirectory);
        using var restarted = second.CreateEwsClient();

        (await restarted.PostAsync(Requests.AddImGroup("PERSISTED"))).ResponseCode.Should().Be("ErrorImGroupDisplayNameAlreadyExists");
        (await restarted.PostAsync(Requests.AddImContactToGroup(Users.AliceContactCarol, groupId))).ResponseCode.Should().Be("NoError");
        (await second.MembershipsAsync()).Select(m => m.ContactId).Should().Equal(1, 2);
        (await second.MailboxesAsync()).Should().HaveCount(2, "loading the seed again adds nothing");
    }

    [Fact]
    public async Task A_tenant_keeps_its_world_and_its_ids_across_a_restart()
    {
        const string Tenant = "/t/kept";
        string groupId;
        using (var first = new EwsServer(dataDirectory: dataDirectory))
        using (var client = first.CreateEwsClient())
        {
            groupId = (await client.PostAsync(Requests.AddImGroup("Persisted"), path: Tenant + EwsClient.Endpoint)).StoreId!;
        }

        using var second = new EwsServer(dataDirectory: dataDirectory);
        using var restarted = second.CreateEwsClient();

        (await restarted.PostAsync(Requests.SetImGroup(groupId, "Renamed"), path: Tenant + EwsClient.Endpoint)).ResponseCode
            .Should().Be("NoError", "the tenant's key is read back from the store");
        (await restarted.PostAsync(Requests.SetImGroup(groupId, "Renamed"))).ResponseCode.Should().Be("ErrorInvalidIdMalformed");
    }

    public void Dispose() => Directory.Delete(dataDirectory, recursive: true);
}
