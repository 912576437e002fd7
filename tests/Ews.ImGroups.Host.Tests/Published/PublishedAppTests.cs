using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Published;

/// <summary>The published server, started the way the Dockerfile starts it, serves health checks and EWS.</summary>
public sealed class PublishedAppTests(PublishedApp app) : IClassFixture<PublishedApp>
{
    [Fact]
    public async Task Answers_health_and_AddImGroup_with_its_store_on_the_data_volume()
    {
        using var server = await app.StartAsync();

        using var health = await server.Http.GetAsync("/health");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/EWS/Exchange.asmx")
        {
            Content = new StringContent(Requests.AddImGroup("From the image"), Encoding.UTF8, "text/xml"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("alice@contoso.com:x"u8.ToArray()));
        using var response = await server.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        health.StatusCode.Should().Be(HttpStatusCode.OK);
        response.StatusCode.Should().Be(HttpStatusCode.OK, server.Log);
        body.Should().Contain("<ResponseCode>NoError</ResponseCode>").And.Contain("From the image");
        File.Exists(Path.Combine(server.DataDirectory, "imgroups.db")).Should().BeTrue();
    }

    [Fact]
    public async Task Healthcheck_command_of_the_image_reports_a_running_server_healthy_and_a_stopped_one_not()
    {
        var healthCheck = app.Recipe.HealthCheck;
        int port;
        (int ExitCode, string Output) healthy;
        using (var server = await app.StartAsync())
        {
            port = server.Port;
            healthy = await PublishedApp.RunAsync(
                healthCheck[0], healthCheck.Skip(1).Select(a => app.Map(a, server.DataDirectory, server.Port)), app.AppDirectory);
        }

        var stopped = await PublishedApp.RunAsync(
            healthCheck[0], healthCheck.Skip(1).Select(a => app.Map(a, string.Empty, port)), app.AppDirectory);

        healthy.ExitCode.Should().Be(0, healthy.Output);
        stopped.ExitCode.Should().Be(1, stopped.Output);
    }

    [Fact]
    public async Task Body_over_a_limit_above_the_web_servers_own_gets_the_EWS_fault_not_413()
    {
        const int limit = 32 * 1024 * 1024;
        using var server = await app.StartAsync(new Dictionary<string, string> { ["Ews__MaxRequestBytes"] = $"{limit}" });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/EWS/Exchange.asmx")
        {
            Content = new StringContent(Requests.AddImGroup(new string('x', limit)), Encoding.UTF8, "text/xml"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("alice@contoso.com:x"u8.ToArray()));

        using var response = await server.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError, server.Log);
        body.Should().Contain($"The request is larger than the {limit} bytes this server accepts.");
    }

    [Fact]
    public async Task Invalid_setting_stops_the_server_at_start_up_with_its_name()
    {
        var run = await app.RunUntilExitAsync(new Dictionary<string, string> { ["Ews__ServerVersion__Version"] = "Exchange2010" });

        run.ExitCode.Should().NotBe(0);
        run.Output.Should().Contain("Ews:ServerVersion:Version 'Exchange2010'");
    }

    [SkippableFact]
    public async Task Sample_script_gets_every_promised_response_code()
    {
        Prerequisites.Require(File.Exists("/usr/bin/curl") || File.Exists("/bin/curl"), "The sample script needs curl.");
        using var server = await app.StartAsync();

        var run = await PublishedApp.RunAsync(
            "bash", [Path.Combine(app.Repository, "samples", "post.sh"), server.BaseAddress.ToString().TrimEnd('/')], app.Repository);

        run.ExitCode.Should().Be(0, run.Output);
        run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(SampleFileCount()).And.OnlyContain(l => l.EndsWith(" ok", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Session_script_plays_a_whole_client_session()
    {
        Prerequisites.Require(File.Exists("/usr/bin/curl") || File.Exists("/bin/curl"), "The session script needs curl.");
        using var server = await app.StartAsync();

        var run = await PublishedApp.RunAsync(
            "bash", [Path.Combine(app.Repository, "samples", "session.sh"), server.BaseAddress.ToString().TrimEnd('/')], app.Repository);

        run.ExitCode.Should().Be(0, run.Output);
        var steps = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        steps.Select(s => s.Split(' ')[0]).Should().Equal(
            "GetImItemList", "AddImGroup", "AddNewImContactToGroup", "AddImContactToGroup", "GetImItemList",
            "SetImGroup", "RemoveImContactFromGroup", "RemoveImGroup", "RemoveContactFromImList", "GetImItemList");
        steps.Should().OnlyContain(s => s.Contains(" NoError", StringComparison.Ordinal));
        steps[4].Should().EndWith("member of 2 groups");
        steps[^1].Should().EndWith("groups Other Contacts,Tagged,Favorites");
    }

    private int SampleFileCount() => Directory.GetFiles(Path.Combine(app.Repository, "samples", "requests"), "*.xml").Length;
}
