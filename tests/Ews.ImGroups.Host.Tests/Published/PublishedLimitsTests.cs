using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Ews.ImGroups.Host.Admin;
using Ews.ImGroups.Host.Autodiscover;
using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Host.Observability;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Published;

/// <summary>
/// The published server under a flood of idle connections, an upload far over its limit and SIGTERM with the
/// dashboard's event stream open: it refuses what is too much, lives on, and stops when told.
/// </summary>
[Collection(PublishedServers.Name)]
public sealed class PublishedLimitsTests(PublishedApp app)
{
    private const string AliceBasic = "YWxpY2VAY29udG9zby5jb206eA==";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Idle_connections_beyond_the_limit_under_a_low_file_limit_are_refused_and_the_server_serves_after()
    {
        // 600 connections would take more files than the process has left (it holds some 350 itself); by default it
        // holds 512 fewer connections than it may open files.
        using var server = await app.StartAsync(maxOpenFiles: 768);
        server.Log.Should().Contain("The open-file limit of 768 allows 256 connections at once");
        var flood = new List<Socket>();
        try
        {
            for (var i = 0; i < 600; i++)
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                flood.Add(socket);
                await socket.ConnectAsync(IPAddress.Loopback, server.Port);
            }

            (await ClosedByServerAsync(flood[^1])).Should().BeTrue("the connection past the cap is refused; the log:\n" + server.Log);
            server.HasExited.Should().BeFalse(server.Log);
        }
        finally
        {
            flood.ForEach(s => s.Dispose());
        }

        await WaitUntilReadyAsync(server);
        using var request = new HttpRequestMessage(HttpMethod.Post, EwsEndpoint.Path)
        {
            Content = new StringContent(Requests.GetImItemList(), Encoding.UTF8, "text/xml"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", AliceBasic);
        using var response = await server.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK, server.Log);
        server.HasExited.Should().BeFalse();
    }

    [Theory]
    [InlineData(EwsEndpoint.Path, 500, "The request is larger than the 1048576 bytes this server accepts.")]
    [InlineData(AutodiscoverEndpoint.Path, 200, "<ErrorCode>600</ErrorCode>")]
    public async Task Upload_far_over_the_limit_gets_its_answer_and_the_connection_closes_without_the_rest_being_read(string path, int status, string answer)
    {
        using var server = await app.StartAsync();
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(IPAddress.Loopback, server.Port);

        // 64 MiB announced and sent as fast as the server takes it: a server that reads it all lets every byte through.
        const int announced = 64 * 1024 * 1024;
        var head = $"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{server.Port}\r\nAuthorization: Basic {AliceBasic}\r\n"
            + $"Content-Type: text/xml; charset=utf-8\r\nContent-Length: {announced}\r\n\r\n";
        using var giveUp = new CancellationTokenSource(Patience);
        var sending = Task.Run(async () =>
        {
            var sent = 0;
            try
            {
                await socket.SendAsync(Encoding.ASCII.GetBytes(head), SocketFlags.None, giveUp.Token);
                var chunk = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));
                while (sent < announced)
                {
                    sent += await socket.SendAsync(chunk, SocketFlags.None, giveUp.Token);
                }
            }
            catch (SocketException)
            {
                // The server closed the connection while the upload was still going.
            }
            catch (OperationCanceledException)
            {
                // The server neither read nor closed; the assertions below say so.
            }

            return sent;
        });

        var (received, closed) = await ReceiveUntilClosedAsync(socket);
        var uploaded = await sending;

        uploaded.Should().BeLessThan(announced, "the server stops taking the upload after its answer");
        closed.Should().BeTrue("the server closes the connection after its answer instead of waiting for the unsent rest; received:\n" + received);
        received.Should().StartWith($"HTTP/1.1 {status} ").And.Contain(answer);
        received[..received.IndexOf("\r\n\r\n", StringComparison.Ordinal)].Should().ContainEquivalentOf("\r\nConnection: close\r\n");
        server.HasExited.Should().BeFalse();
    }

    [Fact]
    public async Task SIGTERM_with_the_event_stream_open_ends_the_stream_and_the_process_with_exit_code_0()
    {
        using var server = await app.StartAsync();
        using var stream = await server.Http.GetStreamAsync(AdminApi.EventsPath);
        using var reader = new StreamReader(stream);
        (await reader.ReadLineAsync()).Should().Be("event: change");

        var exitCode = await server.TerminateAsync(Patience);
        using var reading = new CancellationTokenSource(Patience);
        var rest = await reader.ReadToEndAsync(reading.Token);

        exitCode.Should().Be(0, "the server stops within the patience rather than after the 30 s shutdown timeout; the log:\n" + server.Log);
        rest.Should().StartWith("data: ");
    }

    /// <summary>True when the server ended the connection, by an orderly close or a reset; false when it kept it open.</summary>
    private static async Task<bool> ClosedByServerAsync(Socket socket)
    {
        using var waiting = new CancellationTokenSource(Patience);
        try
        {
            return await socket.ReceiveAsync(new byte[1], SocketFlags.None, waiting.Token) == 0;
        }
        catch (SocketException)
        {
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Everything the server sent, and whether it then closed the connection (rather than going silent).</summary>
    private static async Task<(string Received, bool Closed)> ReceiveUntilClosedAsync(Socket socket)
    {
        var received = new MemoryStream();
        var buffer = new byte[64 * 1024];
        using var waiting = new CancellationTokenSource(Patience);
        try
        {
            while (await socket.ReceiveAsync(buffer, SocketFlags.None, waiting.Token) is var read and > 0)
            {
                received.Write(buffer, 0, read);
            }

            return (Encoding.UTF8.GetString(received.ToArray()), true);
        }
        catch (SocketException)
        {
            return (Encoding.UTF8.GetString(received.ToArray()), received.Length > 0);
        }
        catch (OperationCanceledException)
        {
            return (Encoding.UTF8.GetString(received.ToArray()), false);
        }
    }

    /// <summary>The refused connections' places free up as the server notices them gone.</summary>
    private static async Task WaitUntilReadyAsync(RunningServer server)
    {
        using var waiting = new CancellationTokenSource(Patience);
        while (true)
        {
            try
            {
                using var ready = await server.Http.GetAsync(HealthEndpoints.Ready, waiting.Token);
                if (ready.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100, waiting.Token);
        }
    }
}
