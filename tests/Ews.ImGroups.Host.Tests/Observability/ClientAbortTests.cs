using System.Net.Sockets;
using System.Text;
using Ews.ImGroups.Host.Dashboard;
using Ews.ImGroups.Host.Tests.Dashboard;
using Ews.ImGroups.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;

namespace Ews.ImGroups.Host.Tests.Observability;

/// <summary>A client that hangs up, or ends its upload early, did nothing the server must answer for.</summary>
public sealed class ClientAbortTests : IDisposable
{
    private const string RequestsTotal = "ews_requests_total";
    private const string ClientClosed = "499";

    private readonly CapturingSink sink = new();
    private readonly LiveServer server;
    private readonly HttpClient http;

    public ClientAbortTests()
    {
        server = new LiveServer(services: s => s.AddSingleton<Serilog.Core.ILogEventSink>(sink));
        http = new HttpClient { BaseAddress = server.Address };
    }

    [Fact]
    public async Task Upload_reset_by_the_client_is_counted_as_499_and_logged_without_a_stack_trace()
    {
        using (var socket = await StartUploadAsync())
        {
            await socket.SendAsync(Encoding.ASCII.GetBytes("<?xml version=\"1.0\"?><soap:Envelope"));

            // No lingering: closing sends a reset, as a client that is killed or times out does.
            socket.LingerState = new LingerOption(true, 0);
        }

        var recorded = await RecordedStatusesAsync();

        recorded.Should().Equal(ClientClosed);

        // The metrics are recorded before the failure is answered and logged further out.
        (await ClientLeftLoggedAsync()).Should().BeTrue();
        sink.Events.Where(e => e.Level >= LogEventLevel.Information)
            .Should().OnlyContain(e => e.Exception == null, "the client's leaving is no error of the server's");
    }

    [Fact]
    public async Task Upload_ended_before_its_declared_length_is_counted_as_the_clients_error_not_the_servers()
    {
        using (var socket = await StartUploadAsync())
        {
            await socket.SendAsync(Encoding.ASCII.GetBytes("<?xml version=\"1.0\"?><soap:Envelope"));
            socket.Shutdown(SocketShutdown.Send);
        }

        var recorded = await RecordedStatusesAsync();

        recorded.Should().ContainSingle().Which.Should().StartWith("4", "a body cut short is the client's doing (400, or 499 when the connection is seen closed first)");
        sink.Events.Should().OnlyContain(e => e.Exception == null || e.Level < LogEventLevel.Information);
    }

    [Fact]
    public async Task Client_that_hangs_up_while_a_chaos_delay_holds_its_request_is_counted_as_499()
    {
        var (status, _) = await AdminHttp.PostAsync(http, "/admin/api/chaos", new { effect = "Latency", delayMilliseconds = 60_000 });
        status.Should().Be(System.Net.HttpStatusCode.Created);

        using (var socket = await StartUploadAsync(Requests.GetImItemList()))
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(Requests.GetImItemList()));
            socket.LingerState = new LingerOption(true, 0);
        }

        (await RecordedStatusesAsync()).Should().Equal(ClientClosed);
    }

    public void Dispose()
    {
        http.Dispose();
        server.Dispose();
    }

    /// <summary>
    /// Sends a request's head announcing <paramref name="body"/>'s length (100 kB when none) and waits until the server
    /// asks for the body: by then the request has passed sign-in and the server is reading it, so whatever the client
    /// does next happens to a request the server has taken up.
    /// </summary>
    private async Task<Socket> StartUploadAsync(string? body = null)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(server.Address.Host, server.Address.Port);
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Users.Alice}:secret"));
        var length = body is null ? 100_000 : Encoding.UTF8.GetByteCount(body);
        var head = $"POST {EwsClient.Endpoint} HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic {credentials}\r\n" +
            $"Content-Type: text/xml; charset=utf-8\r\nContent-Length: {length}\r\nExpect: 100-continue\r\n\r\n";
        await socket.SendAsync(Encoding.ASCII.GetBytes(head));

        var answer = new byte[256];
        var read = await socket.ReceiveAsync(answer).WaitAsync(TimeSpan.FromSeconds(30));
        Encoding.ASCII.GetString(answer, 0, read).Should().StartWith("HTTP/1.1 100 Continue");
        return socket;
    }

    private async Task<bool> ClientLeftLoggedAsync()
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (sink.Events.Any(e => e.MessageTemplate.Text.Contains("the client left", StringComparison.Ordinal)))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    /// <summary>The statuses the EWS request counter holds once the one request it waits for is recorded.</summary>
    private async Task<List<string>> RecordedStatusesAsync()
    {
        for (var attempt = 0; ; attempt++)
        {
            var samples = (await PrometheusText.ScrapeAsync(http)).Matching(RequestsTotal).ToList();
            if (samples.Count > 0 || attempt == 300)
            {
                return samples.Select(s => s.Labels["status"]).ToList();
            }

            await Task.Delay(100);
        }
    }
}
