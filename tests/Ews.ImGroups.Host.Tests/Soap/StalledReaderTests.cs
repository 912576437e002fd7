using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Ews.ImGroups.Host.Tests.Chaos;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap;

/// <summary>A client that stops reading a large answer halfway holds up nobody but itself.</summary>
public sealed class StalledReaderTests : SharedServerTest<SocketServer>
{
    /// <summary>With Alice's seeded contacts, the most a mailbox may hold.</summary>
    private const int SeededContacts = 995;

    /// <summary>Generous: the other clients' calls take milliseconds when nothing holds them.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly SocketServer server;
    private readonly HttpClient http;
    private readonly EwsClient client;

    public StalledReaderTests(SocketServer server)
        : base(server)
    {
        this.server = server;
        http = new HttpClient { BaseAddress = server.Address };
        client = new EwsClient(http, Users.Alice);
    }

    [Fact]
    public async Task A_reader_that_stops_halfway_through_a_big_list_holds_up_neither_writers_nor_other_readers()
    {
        await SeedBigListAsync(Users.Alice);

        using var stalled = await StartReadingAsync(Users.Alice, Requests.GetImItemList());
        var started = await ReadSomeAsync(stalled, 4096);

        started.Should().StartWith("HTTP/1.1 200").And.Contain("<GetImItemListResponse", "the answer is on its way when the reader stops");
        var others = Task.WhenAll(
            ExpectNoErrorAsync(Requests.AddImGroup("Written meanwhile"), Users.Alice),
            ExpectNoErrorAsync(Requests.AddImGroup("Written meanwhile"), Users.Bob),
            ExpectNoErrorAsync(Requests.GetImItemList(), Users.Bob));
        await others.WaitAsync(Patience);
        var wholeList = await client.PostAsync(Requests.GetImItemList()).WaitAsync(Patience);
        wholeList.ResponseCode.Should().Be("NoError");
        wholeList.PersonaIds().Should().HaveCount(SeededContacts + 1, "the seeded contacts and Bob, who the seed adds to the group");
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            client.Dispose();
        }

        base.Dispose(disposing);
    }

    private async Task ExpectNoErrorAsync(string request, string user) =>
        (await client.PostAsync(request, asUser: user)).ResponseCode.Should().Be("NoError", "{0} runs while another reader stalls", request);

    private async Task SeedBigListAsync(string mailbox)
    {
        var contacts = Enumerable.Range(1, SeededContacts).Select(n => new
        {
            key = $"c{n}",
            displayName = $"Contact Number {n:D4}",
            givenName = "Contact",
            surname = $"Number {n:D4}",
            emailAddress = $"contact{n}@contoso.com",
            imAddress = $"sip:contact{n}@contoso.com",
        }).ToList();
        var seed = JsonSerializer.Serialize(new
        {
            contacts,
            groups = new[] { new { displayName = "Everyone", members = contacts.Select(c => c.key).Append("bob").ToArray() } },
        });
        var (status, _) = await AdminHttp.PostJsonAsync(http, $"/admin/api/mailboxes/{mailbox}/imlist", seed);
        status.Should().Be(HttpStatusCode.NoContent);
    }

    /// <summary>Sends the request over a socket of its own, with a small receive window so the answer backs up soon.</summary>
    private async Task<Socket> StartReadingAsync(string user, string envelope)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 4096 };
        await socket.ConnectAsync(server.Address.Host, server.Address.Port);
        var body = Encoding.UTF8.GetBytes(envelope);
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:secret"));
        var head = Encoding.ASCII.GetBytes(
            $"POST {EwsClient.Endpoint} HTTP/1.1\r\nHost: {server.Address.Authority}\r\nContent-Type: text/xml; charset=utf-8\r\n"
            + $"Authorization: Basic {credentials}\r\nContent-Length: {body.Length}\r\n\r\n");
        await socket.SendAsync(head);
        await socket.SendAsync(body);
        return socket;
    }

    private static async Task<string> ReadSomeAsync(Socket socket, int atLeast)
    {
        var received = new MemoryStream();
        var buffer = new byte[1024];
        while (received.Length < atLeast)
        {
            var read = await socket.ReceiveAsync(buffer).WaitAsync(Patience);
            read.Should().BePositive("the server sends the answer");
            received.Write(buffer, 0, read);
        }

        return Encoding.UTF8.GetString(received.ToArray());
    }
}
