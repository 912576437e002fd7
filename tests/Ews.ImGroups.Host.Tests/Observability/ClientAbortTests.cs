using System.Net.Sockets;
using System.Text;
using Ews.ImGroups.Host.Tests.Chaos;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Observability;

/// <summary>A client that hangs up halfway through its upload did nothing the server must answer for.</summary>
public sealed class ClientAbortTests(SocketServer server) : SharedServerTest<SocketServer>(server)
{
    private const string RequestsTotal = "ews_requests_total";

    private readonly SocketServer server = server;

    [Fact]
    public async Task Upload_cut_off_by_the_client_is_counted_as_499_not_as_a_server_error()
    {
        using (var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
        {
            await socket.ConnectAsync(server.Address.Host, server.Address.Port);
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Users.Alice}:secret"));
            var head = $"POST {EwsClient.Endpoint} HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic {credentials}\r\n" +
                "Content-Type: text/xml; charset=utf-8\r\nContent-Length: 100000\r\n\r\n<?xml version=\"1.0\"?><soap:Envelope";
            await socket.SendAsync(Encoding.ASCII.GetBytes(head));

            // The server must have taken the request up before the client leaves, or it would see only a closed
            // connection; it does so as soon as the headers arrive, and then waits for the rest of the body.
            await Task.Delay(500);
        }

        using var http = new HttpClient { BaseAddress = server.Address };
        var metrics = await PrometheusText.ScrapeAsync(http);
        for (var attempt = 0; attempt < 50 && !metrics.Matching(RequestsTotal, ("status", "499")).Any(); attempt++)
        {
            await Task.Delay(100);
            metrics = await PrometheusText.ScrapeAsync(http);
        }

        metrics.Matching(RequestsTotal, ("status", "499")).Should().ContainSingle();
        metrics.Matching(RequestsTotal).Should().NotContain(s => s.Labels["status"].StartsWith('5'));
    }
}
