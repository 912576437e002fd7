using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Ews.ImGroups.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Ews.ImGroups.Host.Tests.Chaos;

/// <summary>The server of <see cref="ChaosTests"/>, on a free local port.</summary>
public sealed class SocketServer : SharedServer
{
    public SocketServer() => Server.UseKestrel(0);

    public Uri Address => new(Server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
}

/// <summary>Chaos rules as a real HTTP client over a socket sees them.</summary>
public sealed class ChaosTests : SharedServerTest<SocketServer>
{
    private const string ServerBusyText = "The server cannot service this request right now. Try again later.";

    private readonly HttpClient http;
    private readonly EwsClient client;
    private readonly ITestOutputHelper output;

    public ChaosTests(SocketServer server, ITestOutputHelper output)
        : base(server)
    {
        this.output = output;
        http = new HttpClient { BaseAddress = server.Address };
        client = new EwsClient(http, Users.Alice);
    }

    [Fact]
    public async Task Server_busy_is_Exchanges_throttling_fault_with_a_back_off_and_runs_nothing()
    {
        await AddRuleAsync(new { effect = "ServerBusy", operation = "AddImGroup", times = 1, backOffMilliseconds = 1234 });

        var busy = await client.PostAsync(Requests.AddImGroup("Friends"));
        var after = await client.PostAsync(Requests.GetImItemList());

        busy.Status.Should().Be(HttpStatusCode.InternalServerError);
        XmlAssert.Equivalent($"""
            <?xml version="1.0" encoding="utf-8"?>
            <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">
               <s:Body>
                  <s:Fault>
                     <faultcode xmlns:a="http://schemas.microsoft.com/exchange/services/2006/types">a:ErrorServerBusy</faultcode>
                     <faultstring xml:lang="en-US">{ServerBusyText}</faultstring>
                     <detail>
                        <e:ResponseCode xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">ErrorServerBusy</e:ResponseCode>
                        <e:Message xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">{ServerBusyText}</e:Message>
                        <t:MessageXml xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types">
                           <t:Value Name="BackOffMilliseconds">1234</t:Value>
                        </t:MessageXml>
                     </detail>
                  </s:Fault>
               </s:Body>
            </s:Envelope>
            """, busy.Body);
        after.Body.Should().NotContain("Friends", "the throttled operation did not run");
        (await client.PostAsync(Requests.AddImGroup("Friends"))).ResponseCode.Should().Be("NoError", "a rule for one call is used up");
        (await Rules()).GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Any_response_code_comes_in_the_operations_own_response_message()
    {
        await AddRuleAsync(new { effect = "ErrorResponse", responseCode = "ErrorMailboxStoreUnavailable", message = "Try the other store.", backOffMilliseconds = 50 });

        using var response = await PostRawAsync(Requests.GetImItemList());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        XmlAssert.Equivalent(Responses.WithServerVersion("""
                  <GetImItemListResponse ResponseClass="Error"
                                         xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
                     <MessageText>Try the other store.</MessageText>
                     <ResponseCode>ErrorMailboxStoreUnavailable</ResponseCode>
                     <DescriptiveLinkKey>0</DescriptiveLinkKey>
                     <MessageXml>
                        <t:Value Name="BackOffMilliseconds" xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types">50</t:Value>
                     </MessageXml>
                  </GetImItemListResponse>
            """), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_SOAP_fault_defaults_to_an_internal_server_error()
    {
        await AddRuleAsync(new { effect = "SoapFault" });

        var fault = await client.PostAsync(Requests.GetImItemList());

        fault.Status.Should().Be(HttpStatusCode.InternalServerError);
        XmlAssert.Equivalent(Responses.Fault("ErrorInternalServerError", "ErrorInternalServerError was injected by a chaos rule."), fault.Body);
    }

    [Theory]
    [InlineData(503, true, "Service Unavailable")]
    [InlineData(500, false, "")]
    public async Task A_bare_HTTP_status_comes_with_or_without_a_body(int status, bool withBody, string body)
    {
        await AddRuleAsync(new { effect = "HttpStatus", statusCode = status, withBody });

        using var response = await PostRawAsync(Requests.GetImItemList());

        ((int)response.StatusCode).Should().Be(status);
        (await response.Content.ReadAsStringAsync()).Should().Be(body);
    }

    [Fact]
    public async Task A_dropped_connection_gets_no_answer_and_the_server_goes_on()
    {
        var rule = await AddRuleAsync(new { effect = "DropConnection", times = 1 });

        var dropped = () => PostRawAsync(Requests.GetImItemList());

        await dropped.Should().ThrowAsync<HttpRequestException>();
        (await client.PostAsync(Requests.GetImItemList())).ResponseCode.Should().Be("NoError");
        var journal = await JournalAsync();
        journal[1].GetProperty("status").GetInt32().Should().Be(0, "no status was sent");
        journal[1].GetProperty("injected").GetString().Should().Be($"chaos rule {rule}: DropConnection");
    }

    [Fact]
    public async Task Latency_delays_the_answer_and_is_marked_in_the_journal()
    {
        var rule = await AddRuleAsync(new { effect = "Latency", delayMilliseconds = 300, maxDelayMilliseconds = 400 });

        var clock = Stopwatch.StartNew();
        var reply = await client.PostAsync(Requests.GetImItemList());
        output.WriteLine($"Answered after {clock.ElapsedMilliseconds} ms with a 300–400 ms latency rule.");

        reply.ResponseCode.Should().Be("NoError");
        (await JournalAsync())[0].GetProperty("injected").GetString().Should().Be($"chaos rule {rule}: Latency");
    }

    [Fact]
    public async Task Rules_match_only_their_operation_and_mailbox()
    {
        await AddRuleAsync(new { effect = "ServerBusy", operation = "addimgroup", mailbox = "BOB@contoso.com" });

        (await client.PostAsync(Requests.AddImGroup("Alice's"))).ResponseCode.Should().Be("NoError");
        (await client.PostAsync(Requests.GetImItemList(), asUser: Users.Bob)).ResponseCode.Should().Be("NoError");
        (await client.PostAsync(Requests.AddImGroup("Bob's"), asUser: Users.Bob)).ResponseCode.Should().Be("ErrorServerBusy");
    }

    [Fact]
    public async Task A_rule_with_no_chance_never_fires()
    {
        await AddRuleAsync(new { effect = "ServerBusy", probability = 0 });

        for (var i = 0; i < 5; i++)
        {
            (await client.PostAsync(Requests.GetImItemList())).ResponseCode.Should().Be("NoError");
        }

        (await Rules())[0].GetProperty("hits").GetInt64().Should().Be(0);
    }

    [Fact]
    public async Task Rules_are_listed_removed_and_cleared()
    {
        var first = await AddRuleAsync(new { effect = "Latency", delayMilliseconds = 10 });
        await AddRuleAsync(new { effect = "SoapFault", responseCode = "ErrorServerBusy" });

        (await Rules()).EnumerateArray().Select(r => r.GetProperty("rule").GetProperty("effect").GetString()).Should().Equal("Latency", "SoapFault");
        (await AdminHttp.DeleteAsync(http, $"/admin/api/chaos/{first}")).Status.Should().Be(HttpStatusCode.NoContent);
        (await Rules()).GetArrayLength().Should().Be(1);
        using var missing = await http.DeleteAsync(new Uri($"/admin/api/chaos/{first}", UriKind.Relative));
        await AdminHttp.ShouldBeProblemAsync(missing, HttpStatusCode.NotFound);
        (await AdminHttp.DeleteAsync(http, "/admin/api/chaos")).Status.Should().Be(HttpStatusCode.NoContent);
        (await Rules()).GetArrayLength().Should().Be(0);
    }

    [Theory]
    [InlineData("""{ "effect": "ErrorResponse" }""", "responseCode")]
    [InlineData("""{ "effect": "ServerBusy", "probability": 1.5 }""", "probability")]
    [InlineData("""{ "effect": "HttpStatus", "statusCode": 200 }""", "statusCode")]
    [InlineData("""{ "effect": "Latency", "delayMilliseconds": 5, "maxDelayMilliseconds": 1 }""", "maxDelayMilliseconds")]
    [InlineData("""{ "effect": "SoapFault", "responseCode": "<oops>" }""", "responseCode")]
    [InlineData("""{ "effect": "ServerBusy", "operation": "SendItem" }""", "SendItem")]
    [InlineData("""{ "effect": "ServerBusy", "times": 0 }""", "times")]
    public async Task A_rule_that_cannot_work_is_refused(string json, string named)
    {
        using var response = await http.PostAsync(new Uri("/admin/api/chaos", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

        await AdminHttp.ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, named);
        (await Rules()).GetArrayLength().Should().Be(0);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            client.Dispose();
        }

        base.Dispose(disposing);
    }

    private async Task<int> AddRuleAsync(object rule)
    {
        var (status, added) = await AdminHttp.PostAsync(http, "/admin/api/chaos", rule);
        status.Should().Be(HttpStatusCode.Created);
        return added.GetProperty("id").GetInt32();
    }

    private async Task<JsonElement> Rules() => (await AdminHttp.GetAsync(http, "/admin/api/chaos")).Body;

    private async Task<List<JsonElement>> JournalAsync() =>
        (await AdminHttp.GetAsync(http, "/admin/api/journal")).Body.GetProperty("entries").EnumerateArray().ToList();

    private async Task<HttpResponseMessage> PostRawAsync(string envelope)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, EwsClient.Endpoint) { Content = new StringContent(envelope, Encoding.UTF8, "text/xml") };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Users.Alice}:x")));
        return await http.SendAsync(request);
    }
}

public sealed class ConfiguredChaosTests() : ServerTest(new Dictionary<string, string?>
{
    ["Ews:Chaos:Rules:0:Effect"] = "ServerBusy",
    ["Ews:Chaos:Rules:0:Operation"] = "GetImItemList",
    ["Ews:Chaos:Rules:0:Times"] = "1",
})
{
    [Fact]
    public async Task Rules_from_configuration_are_in_force_from_the_start()
    {
        (await AdminHttp.GetAsync(Client.Http, "/admin/api/chaos")).Body[0].GetProperty("rule").GetProperty("operation").GetString().Should().Be("GetImItemList");

        (await Client.PostAsync(Requests.GetImItemList())).ResponseCode.Should().Be("ErrorServerBusy");
        (await Client.PostAsync(Requests.GetImItemList())).ResponseCode.Should().Be("NoError");
    }
}

/// <summary>How several rules and many concurrent requests share rules' uses.</summary>
public sealed class ChaosRuleUseTests(SharedServer server) : SharedServerTest<SharedServer>(server)
{
    [Fact]
    public async Task A_rule_for_N_calls_fires_exactly_N_times_under_concurrency()
    {
        await AddRuleAsync(new { effect = "ServerBusy", times = 3 });

        var replies = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => Client.PostAsync(Requests.GetImItemList())));

        replies.Count(r => r.ResponseCode == "ErrorServerBusy").Should().Be(3);
        replies.Count(r => r.ResponseCode == "NoError").Should().Be(21);
    }

    [Fact]
    public async Task Delays_and_the_first_answering_rule_apply_and_only_they_are_used()
    {
        var fault = await AddRuleAsync(new { effect = "SoapFault", responseCode = "ErrorInternalServerError", times = 1 });
        await AddRuleAsync(new { effect = "SoapFault", responseCode = "ErrorServerBusy", times = 1 });
        var latency = await AddRuleAsync(new { effect = "Latency", delayMilliseconds = 1, times = 1 });

        (await Client.PostAsync(Requests.GetImItemList())).ResponseCode.Should().Be("ErrorInternalServerError");
        var (_, journal) = await AdminHttp.GetAsync(Client.Http, "/admin/api/journal");
        journal.GetProperty("entries")[0].GetProperty("injected").GetString().Should().Be($"chaos rule {latency}: Latency; chaos rule {fault}: SoapFault");
        (await Client.PostAsync(Requests.GetImItemList())).ResponseCode.Should().Be("ErrorServerBusy", "the second fault rule was not used by the first request");
        (await Client.PostAsync(Requests.GetImItemList())).ResponseCode.Should().Be("NoError");
    }

    private async Task<int> AddRuleAsync(object rule)
    {
        var (status, added) = await AdminHttp.PostAsync(Client.Http, "/admin/api/chaos", rule);
        status.Should().Be(HttpStatusCode.Created);
        return added.GetProperty("id").GetInt32();
    }
}
