using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Ews.ImGroups.Host.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Host.Tests;

/// <summary>
/// The public entry through which other programs host the server: settings in code win over every other source, the
/// started server reports where it answers, and several servers run side by side in one process.
/// </summary>
public sealed class EwsImGroupsApplicationTests
{
    [Fact]
    public async Task Two_servers_started_in_one_process_on_port_0_each_report_their_own_address_and_serve_EWS_from_their_own_store()
    {
        using var first = new TemporaryFolder();
        using var second = new TemporaryFolder();
        await using var one = EwsImGroupsApplication.Build(new EwsImGroupsApplicationOptions { Settings = LoopbackSettings(first.Path) });
        await using var other = EwsImGroupsApplication.Build(new EwsImGroupsApplicationOptions { Settings = LoopbackSettings(second.Path) });
        await one.StartAsync();
        await other.StartAsync();

        var oneEndpoints = EwsImGroupsApplication.Endpoints(one).Should().ContainSingle().Subject;
        var otherEndpoints = EwsImGroupsApplication.Endpoints(other).Should().ContainSingle().Subject;
        var answers = await Task.WhenAll(GetImItemListAsync(oneEndpoints.Ews), GetImItemListAsync(otherEndpoints.Ews));
        await one.StopAsync();
        await other.StopAsync();

        oneEndpoints.BaseAddress.Host.Should().Be("127.0.0.1");
        oneEndpoints.BaseAddress.Port.Should().NotBe(0).And.NotBe(otherEndpoints.BaseAddress.Port);
        answers.Should().AllSatisfy(answer =>
        {
            answer.Status.Should().Be(HttpStatusCode.OK);
            answer.Body.Should().Contain("<ResponseCode>NoError</ResponseCode>");
        });
        File.Exists(Path.Combine(first.Path, "imgroups.db")).Should().BeTrue();
        File.Exists(Path.Combine(second.Path, "imgroups.db")).Should().BeTrue();
    }

    [Fact]
    public async Task Settings_win_over_arguments_and_Configure_sees_them_and_replaces_the_servers_default_services()
    {
        using var data = new TemporaryFolder();
        var clock = new FixedClock(new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero));
        string? realmSeenByConfigure = null;
        var settings = new Dictionary<string, string?>(LoopbackSettings(data.Path)) { ["Ews:Realm"] = "From settings" };

        await using var app = EwsImGroupsApplication.Build(new EwsImGroupsApplicationOptions
        {
            Args = ["--Ews:Realm=From arguments", "--Ews:MaxGroupsPerMailbox=7"],
            Settings = settings,
            Configure = builder =>
            {
                realmSeenByConfigure = builder.Configuration["Ews:Realm"];
                builder.Services.AddSingleton<TimeProvider>(clock);
            },
        });

        app.Configuration["Ews:Realm"].Should().Be("From settings");
        app.Configuration["Ews:MaxGroupsPerMailbox"].Should().Be("7");
        realmSeenByConfigure.Should().Be("From settings");
        app.Services.GetRequiredService<TimeProvider>().Should().BeSameAs(clock);
    }

    [Theory]
    [InlineData("http://[::]:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://0.0.0.0:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://localhost:8080", "http://localhost:8080/")]
    [InlineData("https://127.0.0.1:8443", "https://127.0.0.1:8443/")]
    public void Endpoints_of_a_binding_are_under_an_address_that_reaches_it(string binding, string baseAddress)
    {
        var endpoints = EwsImGroupsEndpoints.ForBinding(binding);

        endpoints.BaseAddress.Should().Be(new Uri(baseAddress));
        endpoints.Ews.Should().Be(new Uri(baseAddress + "EWS/Exchange.asmx"));
        endpoints.Autodiscover.Should().Be(new Uri(baseAddress + "autodiscover/autodiscover.xml"));
        endpoints.Dashboard.Should().Be(new Uri(baseAddress));
        endpoints.ControlApi.Should().Be(new Uri(baseAddress + "admin/api"));
        endpoints.ControlApiDocs.Should().Be(new Uri(baseAddress + "admin/api/docs"));
    }

    private static Dictionary<string, string?> LoopbackSettings(string data) => new()
    {
        ["urls"] = "http://127.0.0.1:0",
        [StorageSetup.ConnectionStringKey] = $"Data Source={Path.Combine(data, "imgroups.db")}",
    };

    private static async Task<(HttpStatusCode Status, string Body)> GetImItemListAsync(Uri ews)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, ews)
        {
            Content = new StringContent(
                await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "samples", "requests", "13-GetImItemList.NoError.xml")),
                Encoding.UTF8,
                "text/xml"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("alice@contoso.com:any-password")));
        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private sealed class TemporaryFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("ews-imgroups-entry-").FullName;

        public void Dispose()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(Path, recursive: true);
        }
    }
}
