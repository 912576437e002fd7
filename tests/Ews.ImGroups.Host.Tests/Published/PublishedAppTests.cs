using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Host.Observability;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Published;

/// <summary>
/// The published server, started the way the Dockerfile starts it on port 0, serves health checks and EWS, prints the
/// address it bound and logs in the configured format.
/// </summary>
[Collection(PublishedServers.Name)]
public sealed class PublishedAppTests(PublishedApp app)
{
    [Fact]
    public async Task Answers_health_and_AddImGroup_with_its_store_on_the_data_volume()
    {
        using var server = await app.StartAsync();

        using var health = await server.Http.GetAsync("/health");
        using var response = await AddImGroupAsync(server, "From the image");
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

        using var response = await AddImGroupAsync(server, new string('x', limit));
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError, server.Log);
        body.Should().Contain($"The request is larger than the {limit} bytes this server accepts.");
    }

    [Theory]
    [InlineData("Ews__ServerVersion__Version", "Exchange2010", "Ews:ServerVersion:Version 'Exchange2010'")]
    [InlineData("Ews__Logging__Format", "Xml", "'Xml' at 'Ews:Logging:Format'")]
    [InlineData("Ews__Https__Port", "70000", "Ews:Https:Port 70000 must be between 0 and 65535.")]
    public async Task Invalid_setting_stops_the_server_at_start_up_with_its_name(string variable, string value, string message)
    {
        var run = await app.RunUntilExitAsync(new Dictionary<string, string> { [variable] = value });

        run.ExitCode.Should().NotBe(0);
        run.Output.Should().Contain(message);
    }

    [Fact]
    public async Task Port_zero_on_the_command_line_is_bound_and_printed_and_the_printed_address_is_ready()
    {
        using var server = await app.StartAsync(arguments: ["--urls", "http://127.0.0.1:0"]);
        using var http = new HttpClient();

        using var ready = await http.GetAsync(new Uri(server.AnnouncedAddress, HealthEndpoints.Ready));

        server.Port.Should().BePositive();
        server.Output.Should().Contain($"{ListeningAnnouncement.Text}http://127.0.0.1:{server.Port}");
        ready.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Servers_started_side_by_side_on_port_zero_get_different_ports()
    {
        var starting = new[] { app.StartAsync(), app.StartAsync() };
        try
        {
            var servers = await Task.WhenAll(starting);

            servers[0].Port.Should().NotBe(servers[1].Port);
            foreach (var server in servers)
            {
                using var ready = await server.Http.GetAsync(HealthEndpoints.Ready);
                ready.StatusCode.Should().Be(HttpStatusCode.OK, server.Log);
            }
        }
        finally
        {
            foreach (var started in starting.Where(s => s.IsCompletedSuccessfully))
            {
                (await started).Dispose();
            }
        }
    }

    [Fact]
    public async Task Plain_log_is_the_default_and_writes_the_request_line_as_text()
    {
        using var server = await app.StartAsync();

        using var response = await AddImGroupAsync(server, "Logged as text");
        var line = await server.WaitForOutputAsync(l => l.Contains(" AddImGroup ", StringComparison.Ordinal));

        line.Should().MatchRegex(@"^\[\d\d:\d\d:\d\d INF\] POST /EWS/Exchange\.asmx AddImGroup alice@contoso\.com Success NoError HTTP 200 in \d+\.\d ms$");
        server.Output.Should().NotContain(l => l.StartsWith('{'));
    }

    [Fact]
    public async Task Json_log_writes_one_object_per_line_with_the_request_properties_and_the_address()
    {
        using var server = await app.StartAsync(new Dictionary<string, string> { ["Ews__Logging__Format"] = "Json" });

        using var response = await AddImGroupAsync(server, "Logged as JSON");
        await server.WaitForOutputAsync(l => l.Contains("\"Operation\":\"AddImGroup\"", StringComparison.Ordinal));

        var lines = server.Output.Select(l => JsonSerializer.Deserialize<JsonElement>(l)).ToList();
        lines.Should().OnlyContain(l => l.ValueKind == JsonValueKind.Object);
        var request = lines.Single(l => l.TryGetProperty("Operation", out _));
        request.GetProperty("Mailbox").GetString().Should().Be("alice@contoso.com");
        request.GetProperty("ResponseClass").GetString().Should().Be("Success");
        request.GetProperty("ResponseCode").GetString().Should().Be("NoError");
        request.GetProperty("StatusCode").GetInt32().Should().Be(200);
        var message = request.GetProperty("@m").GetString();
        message.Should().StartWith("POST /EWS/Exchange.asmx AddImGroup alice@contoso.com Success NoError HTTP 200 in ");
        // The property holds the time the line shows, which the line renders in the server's culture.
        var elapsed = request.GetProperty("Elapsed").GetDouble().ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        message!.Replace(',', '.').Should().EndWith($" in {elapsed} ms");
        lines.Where(l => l.TryGetProperty(ListeningAnnouncement.UrlProperty, out _)).Should().ContainSingle()
            .Which.GetProperty(ListeningAnnouncement.UrlProperty).GetString().Should().Be(server.AnnouncedAddress.GetLeftPart(UriPartial.Authority));
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

    private static async Task<HttpResponseMessage> AddImGroupAsync(RunningServer server, string displayName)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, EwsEndpoint.Path)
        {
            Content = new StringContent(Requests.AddImGroup(displayName), Encoding.UTF8, "text/xml"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("alice@contoso.com:x"u8.ToArray()));
        return await server.Http.SendAsync(request);
    }

    private int SampleFileCount() => Directory.GetFiles(Path.Combine(app.Repository, "samples", "requests"), "*.xml").Length;
}
