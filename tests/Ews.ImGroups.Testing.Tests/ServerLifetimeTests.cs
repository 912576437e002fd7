using System.Net;
using Ews.ImGroups.Testing;

namespace Ews.ImGroups.Testing.Tests;

public sealed class ServerLifetimeTests
{
    [Fact]
    public async Task A_started_server_listens_on_a_loopback_port_of_its_own_with_its_endpoints_under_it()
    {
        await using var server = await EwsImGroupsServer.StartAsync();

        server.BaseAddress.Host.Should().Be(IPAddress.Loopback.ToString());
        server.BaseAddress.Port.Should().BeGreaterThan(0);
        server.EwsUrl.Should().Be(new Uri(server.BaseAddress, "/EWS/Exchange.asmx"));
        server.AutodiscoverUrl.Should().Be(new Uri(server.BaseAddress, "/autodiscover/autodiscover.xml"));
        server.ControlApiUrl.Should().Be(new Uri(server.BaseAddress, "/admin/api"));
    }

    [Fact]
    public async Task Disposing_the_server_removes_its_store_and_seed()
    {
        var server = await EwsImGroupsServer.StartAsync(Seeds.AliceWithTeam);
        var folder = server.DataDirectory;
        File.Exists(Path.Combine(folder, "imgroups.db")).Should().BeTrue();
        File.Exists(server.SeedFile).Should().BeTrue();

        await server.DisposeAsync();

        Directory.Exists(folder).Should().BeFalse();
    }

    [Fact]
    public async Task A_disposed_server_no_longer_answers()
    {
        var server = await EwsImGroupsServer.StartAsync();
        var ewsUrl = server.EwsUrl;
        await server.DisposeAsync();

        using var http = new HttpClient();
        var call = () => http.GetAsync(ewsUrl);

        await call.Should().ThrowAsync<HttpRequestException>();
    }
}
