using System.Net;
using Ews.ImGroups.Client.Tests.Infrastructure;

namespace Ews.ImGroups.Client.Tests;

/// <summary>The server's chaos rules make it throttle and fail; the client reports each kind and retries throttling when asked.</summary>
public sealed class ThrottlingTests(ClientServer server) : IClassFixture<ClientServer>, IAsyncLifetime
{
    private const string Alice = "alice@contoso.com";

    private readonly WaitRecorder clock = new();

    public Task InitializeAsync() => server.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ServerBusy_is_a_fault_with_the_back_off_and_the_operation_did_not_run()
    {
        await server.AddChaosAsync(new { effect = "ServerBusy", operation = "AddImGroup", times = 1, backOffMilliseconds = 1234 });
        var client = server.ClientFor(Alice);

        var fault = (await client.Invoking(c => c.AddImGroupAsync("Busy")).Should().ThrowAsync<EwsFaultException>()).Which;

        fault.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        fault.ResponseCode.Should().Be("ErrorServerBusy");
        fault.IsServerBusy.Should().BeTrue();
        fault.MessageText.Should().Be("The server cannot service this request right now. Try again later.");
        fault.BackOffMilliseconds.Should().Be(1234);
        fault.MessageXmlValues.Should().Equal(new Dictionary<string, string> { ["BackOffMilliseconds"] = "1234" });
        (await client.GetImItemListAsync()).Groups.Should().NotContain(g => g.DisplayName == "Busy");
    }

    [Fact]
    public async Task Retry_waits_the_back_off_the_server_asks_for_and_then_succeeds()
    {
        await server.AddChaosAsync(new { effect = "ServerBusy", operation = "AddImGroup", times = 2, backOffMilliseconds = 1234 });
        var client = Retrying(new EwsRetryOptions { MaxAttempts = 3 });

        var group = await client.AddImGroupAsync("Patient");

        group.DisplayName.Should().Be("Patient");
        clock.Waits.Should().Equal(TimeSpan.FromMilliseconds(1234), TimeSpan.FromMilliseconds(1234));
        (await client.GetImItemListAsync()).Groups.Should().ContainSingle(g => g.DisplayName == "Patient");
    }

    [Fact]
    public async Task Retry_gives_up_after_its_attempts_with_the_last_fault()
    {
        await server.AddChaosAsync(new { effect = "ServerBusy", operation = "GetImItemList", times = 3, backOffMilliseconds = 50 });
        var client = Retrying(new EwsRetryOptions { MaxAttempts = 2 });

        var fault = await client.Invoking(c => c.GetImItemListAsync()).Should().ThrowAsync<EwsFaultException>();

        fault.Which.ResponseCode.Should().Be("ErrorServerBusy");
        clock.Waits.Should().Equal(TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public async Task A_back_off_longer_than_the_longest_wait_is_not_waited_for()
    {
        await server.AddChaosAsync(new { effect = "ServerBusy", operation = "GetImItemList", times = 1 });
        var client = Retrying(new EwsRetryOptions { MaxAttempts = 5, MaxBackOff = TimeSpan.FromSeconds(10) });

        var fault = await client.Invoking(c => c.GetImItemListAsync()).Should().ThrowAsync<EwsFaultException>();

        fault.Which.BackOffMilliseconds.Should().Be(30000, "the server's default back-off");
        clock.Waits.Should().BeEmpty();
    }

    [Fact]
    public async Task ServerBusy_in_the_operations_own_response_is_retried_too()
    {
        await server.AddChaosAsync(new { effect = "ErrorResponse", operation = "GetImItemList", times = 1, responseCode = "ErrorServerBusy", backOffMilliseconds = 250 });
        var plain = server.ClientFor(Alice);

        var error = (await plain.Invoking(c => c.GetImItemListAsync()).Should().ThrowAsync<EwsResponseException>()).Which;
        error.IsServerBusy.Should().BeTrue();
        error.BackOffMilliseconds.Should().Be(250);

        await server.AddChaosAsync(new { effect = "ErrorResponse", operation = "GetImItemList", times = 1, responseCode = "ErrorServerBusy", backOffMilliseconds = 250 });
        (await Retrying(new EwsRetryOptions()).GetImItemListAsync()).Groups.Should().NotBeEmpty();
        clock.Waits.Should().Equal(TimeSpan.FromMilliseconds(250));
    }

    [Fact]
    public async Task Other_faults_are_not_retried()
    {
        await server.AddChaosAsync(new { effect = "SoapFault", operation = "GetImItemList", times = 1 });

        var fault = await Retrying(new EwsRetryOptions()).Invoking(c => c.GetImItemListAsync()).Should().ThrowAsync<EwsFaultException>();

        fault.Which.ResponseCode.Should().Be("ErrorInternalServerError");
        fault.Which.IsServerBusy.Should().BeFalse();
        clock.Waits.Should().BeEmpty();
    }

    [Fact]
    public async Task A_bare_HTTP_status_is_an_HttpRequestException()
    {
        await server.AddChaosAsync(new { effect = "HttpStatus", operation = "GetImItemList", times = 1, statusCode = 503 });

        var error = await server.ClientFor(Alice).Invoking(c => c.GetImItemListAsync()).Should().ThrowAsync<HttpRequestException>();

        error.Which.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
    }

    private EwsImClient Retrying(EwsRetryOptions retry) =>
        server.ClientFor(Alice, o => new EwsImClientOptions { Url = o.Url, Credentials = o.Credentials, RetryOnThrottling = retry, TimeProvider = clock });
}
