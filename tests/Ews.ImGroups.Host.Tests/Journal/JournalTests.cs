using System.Net;
using System.Text;
using System.Text.Json;
using Ews.ImGroups.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Host.Tests.Journal;

public sealed class JournalTests(SharedServer server) : SharedServerTest<SharedServer>(server)
{
    private HttpClient Http => Client.Http;

    [Fact]
    public async Task Every_exchange_is_kept_with_its_outcome_and_XML()
    {
        var added = await Client.PostAsync(Requests.AddImGroup("Friends"));

        var (_, list) = await AdminHttp.GetAsync(Http, "/admin/api/journal");
        var summary = list.GetProperty("entries").EnumerateArray().Single();
        summary.GetProperty("mailbox").GetString().Should().Be(Users.Alice);
        summary.GetProperty("operation").GetString().Should().Be("AddImGroup");
        summary.GetProperty("responseClass").GetString().Should().Be("Success");
        summary.GetProperty("responseCode").GetString().Should().Be("NoError");
        summary.GetProperty("status").GetInt32().Should().Be(200);
        summary.GetProperty("durationMs").GetDouble().Should().BePositive();
        summary.TryGetProperty("requestXml", out _).Should().BeFalse("lists leave the XML out");

        var (status, entry) = await AdminHttp.GetAsync(Http, $"/admin/api/journal/{summary.GetProperty("id").GetInt64()}");
        status.Should().Be(HttpStatusCode.OK);
        entry.GetProperty("requestXml").GetString().Should().Be(Requests.AddImGroup("Friends"));
        entry.GetProperty("responseXml").GetString().Should().Be(added.Body);
        entry.GetProperty("truncated").GetBoolean().Should().BeFalse();
        entry.GetProperty("requestHeaders").TryGetProperty("SOAPAction", out _).Should().BeFalse("the headers are the client's, and it sent no SOAPAction");
    }

    [Fact]
    public async Task Refused_credentials_and_faults_are_kept_without_the_password()
    {
        using (var anonymous = new StringContent(Requests.GetImItemList(), Encoding.UTF8, "text/xml"))
        {
            (await Http.PostAsync(new Uri(EwsClient.Endpoint, UriKind.Relative), anonymous)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        await Client.PostAsync("<not-soap/>", password: "hunter2-secret");

        var (_, list) = await AdminHttp.GetAsync(Http, "/admin/api/journal");
        var entries = list.GetProperty("entries").EnumerateArray().ToList();
        entries.Select(e => e.GetProperty("status").GetInt32()).Should().Equal(500, 401);
        entries[0].GetProperty("responseCode").GetString().Should().Be("ErrorSchemaValidation");
        entries[0].GetProperty("responseClass").GetString().Should().Be("Error");
        entries[1].GetProperty("mailbox").ValueKind.Should().Be(JsonValueKind.Null);

        var (_, fault) = await AdminHttp.GetAsync(Http, $"/admin/api/journal/{entries[0].GetProperty("id").GetInt64()}");
        var text = fault.GetRawText();
        text.Should().NotContain("hunter2-secret").And.NotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Users.Alice}:hunter2-secret")));
        fault.GetProperty("requestHeaders").GetProperty("Authorization").GetString().Should().Be($"Basic {Users.Alice} (removed)");
        fault.GetProperty("responseXml").GetString().Should().Contain("a:ErrorSchemaValidation");
    }

    [Fact]
    public async Task Passwords_inside_the_SOAP_header_are_removed()
    {
        var envelope = Requests.Envelope(
            """<wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"><wsse:UsernameToken><wsse:Username>alice</wsse:Username><wsse:Password Type="PasswordText">s3cret-in-xml</wsse:Password></wsse:UsernameToken></wsse:Security>""",
            "<m:GetImItemList/>");
        await Client.PostAsync(envelope);

        var (_, list) = await AdminHttp.GetAsync(Http, "/admin/api/journal");
        var (_, entry) = await AdminHttp.GetAsync(Http, $"/admin/api/journal/{list.GetProperty("entries")[0].GetProperty("id").GetInt64()}");
        var request = entry.GetProperty("requestXml").GetString();
        request.Should().NotContain("s3cret-in-xml").And.Contain("<wsse:Password Type=\"PasswordText\">(removed)</wsse:Password>");
    }

    [Fact]
    public async Task Entries_are_filtered_by_mailbox_operation_code_and_time()
    {
        var start = DateTimeOffset.UtcNow.AddSeconds(-1);
        await Client.PostAsync(Requests.AddImGroup("Friends"));
        await Client.PostAsync(Requests.AddImGroup("Friends"));
        await Client.PostAsync(Requests.GetImItemList(), asUser: Users.Bob);

        (await Operations("?mailbox=BOB@contoso.com")).Should().Equal("GetImItemList");
        (await Operations("?operation=addimgroup")).Should().Equal("AddImGroup", "AddImGroup");
        (await Operations("?code=ErrorImGroupDisplayNameAlreadyExists")).Should().Equal("AddImGroup");
        (await Operations("?limit=1")).Should().Equal("GetImItemList");
        (await Operations($"?since={Uri.EscapeDataString(start.ToString("O"))}")).Should().HaveCount(3);
        (await Operations($"?since={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(5).ToString("O"))}")).Should().BeEmpty();

        using var badLimit = await Http.GetAsync(new Uri("/admin/api/journal?limit=0", UriKind.Relative));
        await AdminHttp.ShouldBeProblemAsync(badLimit, HttpStatusCode.BadRequest, "limit");
    }

    [Fact]
    public async Task Clearing_empties_it_and_unknown_entries_are_problems()
    {
        await Client.PostAsync(Requests.GetImItemList());

        (await AdminHttp.DeleteAsync(Http, "/admin/api/journal")).Status.Should().Be(HttpStatusCode.NoContent);

        (await AdminHttp.GetAsync(Http, "/admin/api/journal")).Body.GetProperty("count").GetInt32().Should().Be(0);
        using var missing = await Http.GetAsync(new Uri("/admin/api/journal/1", UriKind.Relative));
        await AdminHttp.ShouldBeProblemAsync(missing, HttpStatusCode.NotFound, "no entry 1");
    }

    [Fact]
    public async Task The_metrics_report_the_journal_size()
    {
        await Client.PostAsync(Requests.GetImItemList());
        await Client.PostAsync(Requests.GetImItemList());

        var metrics = await PrometheusText.ScrapeAsync(Http);

        metrics.Types["ews_journal_entries"].Should().Be("gauge");
        metrics.Value("ews_journal_entries").Should().Be(2);
    }

    private async Task<List<string?>> Operations(string query)
    {
        var (_, list) = await AdminHttp.GetAsync(Http, "/admin/api/journal" + query);
        return list.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("operation").GetString()).ToList();
    }
}

public sealed class JournalBoundsTests
{
    [Fact]
    public async Task The_journal_keeps_only_the_newest_entries()
    {
        using var server = new EwsServer(new Dictionary<string, string?> { ["Ews:Journal:MaxEntries"] = "3" });
        using var client = server.CreateEwsClient();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsync(Requests.GetImItemList());
        }

        var (_, list) = await AdminHttp.GetAsync(client.Http, "/admin/api/journal");

        list.GetProperty("count").GetInt32().Should().Be(3);
        list.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()).Should().Equal(5, 4, 3);
    }

    [Fact]
    public async Task Entries_older_than_the_age_limit_are_dropped()
    {
        var clock = new MovableClock(DateTimeOffset.UtcNow);
        using var server = new EwsServer(
            new Dictionary<string, string?> { ["Ews:Journal:MaxAge"] = "00:10:00" },
            services: s => s.AddSingleton<TimeProvider>(clock));
        using var client = server.CreateEwsClient();
        await client.PostAsync(Requests.GetImItemList());
        clock.Advance(TimeSpan.FromMinutes(9));
        await client.PostAsync(Requests.GetImItemList());

        clock.Advance(TimeSpan.FromMinutes(2));

        var (_, list) = await AdminHttp.GetAsync(client.Http, "/admin/api/journal");
        list.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()).Should().Equal(2);
    }

    [Fact]
    public async Task Long_requests_and_responses_are_cut_and_marked()
    {
        using var server = new EwsServer(new Dictionary<string, string?> { ["Ews:Journal:MaxXmlChars"] = "1024" });
        using var client = server.CreateEwsClient();
        await client.PostAsync(Requests.AddImGroup(new string('x', 3000)));

        var (_, entry) = await AdminHttp.GetAsync(client.Http, "/admin/api/journal/1");

        entry.GetProperty("truncated").GetBoolean().Should().BeTrue();
        entry.GetProperty("requestXml").GetString()!.Length.Should().Be(1024);
        entry.GetProperty("responseXml").GetString()!.Length.Should().BeLessThanOrEqualTo(1024);
    }

    [Fact]
    public async Task A_journal_of_size_zero_keeps_nothing()
    {
        using var server = new EwsServer(new Dictionary<string, string?> { ["Ews:Journal:MaxEntries"] = "0" });
        using var client = server.CreateEwsClient();

        var reply = await client.PostAsync(Requests.GetImItemList());

        reply.ResponseCode.Should().Be("NoError");
        (await AdminHttp.GetAsync(client.Http, "/admin/api/journal")).Body.GetProperty("count").GetInt32().Should().Be(0);
    }

    private sealed class MovableClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset now = start;

        public void Advance(TimeSpan by) => now += by;

        public override DateTimeOffset GetUtcNow() => now;
    }
}
