using System.Net;
using System.Text;
using Ews.ImGroups.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace Ews.ImGroups.Host.Tests.Autodiscover;

/// <summary>POX Autodiscover in AutoProvision mode: the answer's shape, the URL it gives, and what it refuses.</summary>
public sealed class AutodiscoverWireTests(FixedClockServer server) : SharedServerTest<FixedClockServer>(server)
{
    private HttpClient Http => Client.Http;

    [Theory]
    [InlineData("/autodiscover/autodiscover.xml")]
    [InlineData("/Autodiscover/Autodiscover.xml")]
    [InlineData("/AUTODISCOVER/AUTODISCOVER.XML")]
    public async Task Own_seeded_mailbox_gets_the_Outlook_settings_pointing_at_this_server(string path)
    {
        var reply = await Http.PostAsync(AutodiscoverMessages.Request(Users.Alice), path: path);

        reply.Status.Should().Be(HttpStatusCode.OK);
        reply.ContentType.Should().Be("text/xml; charset=utf-8");
        reply.Body.Should().StartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        XmlAssert.Equivalent(AutodiscoverMessages.Settings("Alice Anders", Users.Alice), reply.Body);
    }

    [Fact]
    public async Task New_user_gets_a_mailbox_and_its_address_as_display_name()
    {
        const string erin = "erin@fabrikam.com";

        var reply = await Http.PostAsync(AutodiscoverMessages.Request(erin), user: erin, password: "anything");

        XmlAssert.Equivalent(AutodiscoverMessages.Settings(erin, erin), reply.Body);
        (await Server.MailboxesAsync()).Select(m => m.SmtpAddress).Should().Contain(erin);
    }

    [Fact]
    public async Task Address_is_matched_without_regard_to_case_and_answered_in_its_stored_form()
    {
        var reply = await Http.PostAsync(AutodiscoverMessages.Request(" Alice@Contoso.COM "));

        XmlAssert.Equivalent(AutodiscoverMessages.Settings("Alice Anders", Users.Alice), reply.Body);
    }

    [Fact]
    public async Task LegacyDN_of_a_previous_answer_names_the_same_mailbox()
    {
        var reply = await Http.PostAsync(AutodiscoverMessages.LegacyDnRequest(AutodiscoverMessages.LegacyDn(Users.Alice)));

        XmlAssert.Equivalent(AutodiscoverMessages.Settings("Alice Anders", Users.Alice), reply.Body);
    }

    [Theory]
    [InlineData("https://mail.example.org:8443/autodiscover/autodiscover.xml", null, "https://mail.example.org:8443/EWS/Exchange.asmx")]
    [InlineData("/autodiscover/autodiscover.xml", "autodiscover.contoso.com", "http://autodiscover.contoso.com/EWS/Exchange.asmx")]
    public async Task EWS_URL_names_the_scheme_and_host_the_client_used(string url, string? host, string expected)
    {
        var reply = await Http.PostAsync(AutodiscoverMessages.Request(Users.Alice), path: url, host: host);

        XmlAssert.Equivalent(AutodiscoverMessages.Settings("Alice Anders", Users.Alice, expected), reply.Body);
    }

    [Fact]
    public async Task Returned_EWS_URL_serves_the_IM_list()
    {
        var discovered = await Http.PostAsync(AutodiscoverMessages.Request(Users.Alice), path: "https://ews.contoso.com/autodiscover/autodiscover.xml");
        discovered.ExternalEwsUrl.Should().Be("https://ews.contoso.com/EWS/Exchange.asmx");

        var list = await Client.PostAsync(Requests.GetImItemList(), path: discovered.ExternalEwsUrl!);

        list.Status.Should().Be(HttpStatusCode.OK);
        list.ResponseCode.Should().Be("NoError");
    }

    [Fact]
    public async Task Another_mailbox_is_answered_for_callers_that_may_impersonate()
    {
        var reply = await Http.PostAsync(AutodiscoverMessages.Request(Users.Bob));

        XmlAssert.Equivalent(AutodiscoverMessages.Settings("Bob Brown", Users.Bob), reply.Body);
    }

    [Fact]
    public async Task Another_mailbox_gets_error_500_when_the_caller_may_not_impersonate_and_is_not_created()
    {
        using var server = new EwsServer(
            new Dictionary<string, string?> { ["Ews:Authentication:AutoProvisionMayImpersonate"] = "false" },
            services: EwsServer.ClockAt(FixedClock.ReferenceTime));
        using var http = server.CreateClient();

        var bob = await http.PostAsync(AutodiscoverMessages.Request(Users.Bob));
        var stranger = await http.PostAsync(AutodiscoverMessages.Request("stranger@contoso.com"));

        bob.Status.Should().Be(HttpStatusCode.OK);
        XmlAssert.Equivalent(AutodiscoverMessages.AddressNotFound(bob.ErrorId), bob.Body);
        stranger.Body.Should().Be(bob.Body, "an existing mailbox and an unknown one are refused alike");
        (await server.MailboxesAsync()).Select(m => m.SmtpAddress).Should().NotContain("stranger@contoso.com");
    }

    [Fact]
    public async Task Request_without_credentials_gets_401_with_the_Basic_challenge()
    {
        var reply = await Http.PostAsync(AutodiscoverMessages.Request(Users.Alice), user: null);

        reply.Status.Should().Be(HttpStatusCode.Unauthorized);
        reply.Raw.Headers.WwwAuthenticate.Select(h => h.ToString()).Should().Equal("Basic realm=\"Ews.ImGroups\"");
        reply.Body.Should().BeEmpty();
    }

    [Fact]
    public async Task User_name_that_is_no_address_gets_401()
    {
        var reply = await Http.PostAsync(AutodiscoverMessages.Request(Users.Alice), user: "alice");

        reply.Status.Should().Be(HttpStatusCode.Unauthorized);
        reply.Raw.Headers.WwwAuthenticate.Select(h => h.ToString()).Should().Equal("Basic realm=\"Ews.ImGroups\"");
    }

    public static TheoryData<string, string> InvalidRequests => new()
    {
        { "not XML", "EMailAddress=alice@contoso.com" },
        { "empty body", string.Empty },
        { "unclosed element", $"<Autodiscover xmlns=\"{AutodiscoverMessages.RequestNamespace}\"><Request>" },
        {
            "a DTD with an entity",
            $"""<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e "alice@contoso.com">]><Autodiscover xmlns="{AutodiscoverMessages.RequestNamespace}"><Request><EMailAddress>&e;</EMailAddress><AcceptableResponseSchema>{AutodiscoverMessages.OutlookNamespace}</AcceptableResponseSchema></Request></Autodiscover>"""
        },
        { "the documentation's https namespace", AutodiscoverMessages.Request(Users.Alice).Replace("xmlns=\"http:", "xmlns=\"https:", StringComparison.Ordinal) },
        { "no namespace", AutodiscoverMessages.Request(Users.Alice).Replace($" xmlns=\"{AutodiscoverMessages.RequestNamespace}\"", string.Empty, StringComparison.Ordinal) },
        { "another root", AutodiscoverMessages.Request(Users.Alice).Replace("Autodiscover", "Discover", StringComparison.Ordinal) },
        { "no Request", $"<Autodiscover xmlns=\"{AutodiscoverMessages.RequestNamespace}\"><EMailAddress>{Users.Alice}</EMailAddress></Autodiscover>" },
        { "no EMailAddress", AutodiscoverMessages.Request(Users.Alice).Replace($"<EMailAddress>{Users.Alice}</EMailAddress>", string.Empty, StringComparison.Ordinal) },
        { "empty EMailAddress", AutodiscoverMessages.Request("  ") },
        { "no AcceptableResponseSchema", AutodiscoverMessages.Request(Users.Alice).Replace($"<AcceptableResponseSchema>{AutodiscoverMessages.OutlookNamespace}</AcceptableResponseSchema>", string.Empty, StringComparison.Ordinal) },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task Unreadable_request_gets_error_600_Invalid_Request(string because, string body)
    {
        var mailboxesBefore = (await Server.MailboxesAsync()).Count;

        var reply = await Http.PostAsync(body);

        reply.Status.Should().Be(HttpStatusCode.OK, because);
        XmlAssert.Equivalent(AutodiscoverMessages.InvalidRequest(reply.ErrorId), reply.Body);
        (await Server.MailboxesAsync()).Should().HaveCount(mailboxesBefore, because);
    }

    [Fact]
    public async Task Request_larger_than_the_limit_gets_error_600()
    {
        using var server = new EwsServer(
            new Dictionary<string, string?> { ["Ews:MaxRequestBytes"] = "1024" }, services: EwsServer.ClockAt(FixedClock.ReferenceTime));
        using var http = server.CreateClient();
        var padded = AutodiscoverMessages.Request(Users.Alice).Replace("<Request>", $"<Request><!--{new string('x', 2048)}-->", StringComparison.Ordinal);

        var fits = await http.PostAsync(AutodiscoverMessages.Request(Users.Alice));
        var tooLarge = await http.PostAsync(padded);

        XmlAssert.Equivalent(AutodiscoverMessages.Settings("Alice Anders", Users.Alice), fits.Body);
        XmlAssert.Equivalent(AutodiscoverMessages.InvalidRequest(tooLarge.ErrorId), tooLarge.Body);
    }

    [Fact]
    public async Task Response_schema_other_than_Outlook_gets_error_601()
    {
        var reply = await Http.PostAsync(AutodiscoverMessages.Request(
            Users.Alice, "http://schemas.microsoft.com/exchange/autodiscover/mobilesync/responseschema/2006"));

        XmlAssert.Equivalent(AutodiscoverMessages.ProviderUnavailable(reply.ErrorId), reply.Body);
    }

    [Theory]
    [InlineData("not an address")]
    [InlineData("Alice Anders &lt;alice@contoso.com&gt;")]
    public async Task Address_that_is_not_one_gets_error_500(string address)
    {
        var reply = await Http.PostAsync(AutodiscoverMessages.Request(address));

        XmlAssert.Equivalent(AutodiscoverMessages.AddressNotFound(reply.ErrorId), reply.Body);
    }

    [Fact]
    public async Task LegacyDN_of_another_organization_gets_error_500()
    {
        var reply = await Http.PostAsync(AutodiscoverMessages.LegacyDnRequest("/o=contoso/ou=First Administrative Group/cn=Recipients/cn=alice"));

        XmlAssert.Equivalent(AutodiscoverMessages.AddressNotFound(reply.ErrorId), reply.Body);
    }

    [Fact]
    public async Task Errors_carry_one_server_id()
    {
        var invalid = await Http.PostAsync("x");
        var notFound = await Http.PostAsync(AutodiscoverMessages.Request("not an address"));

        invalid.ErrorId.Should().Be(notFound.ErrorId);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    public async Task Other_methods_get_405_with_Allow_POST(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), AutodiscoverMessages.Path);

        using var response = await Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().Equal("POST");
    }

    [Fact]
    public async Task Request_is_logged_with_the_mailbox_and_the_outcome()
    {
        var sink = new CapturingSink();
        using var server = new EwsServer(services: s => s.AddSingleton<ILogEventSink>(sink));
        using var http = server.CreateClient();

        await http.PostAsync(AutodiscoverMessages.Request(Users.Bob));
        await http.PostAsync(Encoding.UTF8.GetString("<"u8));

        var lines = await RequestLinesAsync(sink, 2);
        lines.Select(l => (Property(l, "Operation"), Property(l, "Mailbox"), Property(l, "ResponseClass"), Property(l, "ResponseCode")))
            .Should().BeEquivalentTo([("Autodiscover", Users.Bob, "Success", "NoError"), ("Autodiscover", Users.Alice, "Error", "600")]);
        lines.Should().OnlyContain(l => l.Level == Serilog.Events.LogEventLevel.Information);
    }

    /// <summary>Request lines are written once the response has gone out, so the client may see the answer first.</summary>
    private static async Task<List<Serilog.Events.LogEvent>> RequestLinesAsync(CapturingSink sink, int count)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!patience.IsCancellationRequested)
        {
            var lines = sink.Events.Where(e => e.Properties.ContainsKey("StatusCode") && e.Properties.ContainsKey("Operation")).ToList();
            if (lines.Count >= count)
            {
                return lines;
            }

            await Task.Delay(20, CancellationToken.None);
        }

        throw new Xunit.Sdk.XunitException("The request lines were not logged.");
    }

    private static string Property(Serilog.Events.LogEvent line, string name) => line.Properties[name].ToString().Trim('"');
}
