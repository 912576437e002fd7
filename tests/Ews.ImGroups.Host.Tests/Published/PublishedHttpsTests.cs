using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Host.Https;
using Ews.ImGroups.Host.Observability;
using Ews.ImGroups.Host.Tests.Autodiscover;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Published;

/// <summary>
/// The published server with <c>Ews:Https</c> on, started as the image starts it: it listens on HTTPS beside HTTP with
/// the certificate it generated into its data volume, and a client that trusts exactly that certificate, reaching
/// the server by a configured host name as a hosts-file entry would have it, gets EWS and an HTTPS EWS URL from
/// Autodiscover.
/// </summary>
[Collection(PublishedServers.Name)]
public sealed class PublishedHttpsTests(PublishedApp app)
{
    private const string HostName = "autodiscover.contoso.com";

    private static readonly Dictionary<string, string> Https = new()
    {
        ["Ews__Https__Port"] = "0",
        ["Ews__Https__HostNames__0"] = HostName,
        ["Ews__Https__HostNames__1"] = "contoso.com",
    };

    [Fact]
    public async Task Client_trusting_the_generated_certificate_gets_EWS_and_an_HTTPS_EWS_URL_from_Autodiscover()
    {
        using var server = await app.StartAsync(Https);
        var port = await HttpsPortAsync(server);
        using var trusted = X509Certificate2.CreateFromPem(File.ReadAllText(Path.Combine(server.DataDirectory, ServerCertificate.PublicFileName)));
        using var http = TrustingOnly(trusted, port, out _);

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"https://{HostName}:{port}{EwsEndpoint.Path}"))
        {
            Content = new ByteArrayContent(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "requests", "13-GetImItemList.NoError.xml")))
            {
                Headers = { ContentType = new MediaTypeHeaderValue("text/xml") { CharSet = "utf-8" } },
            },
            Headers = { Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Users.Alice}:any-password"))) },
        };
        using var ews = await http.SendAsync(request);
        var autodiscover = await http.PostAsync(AutodiscoverMessages.Request(Users.Alice), path: $"https://{HostName}:{port}{AutodiscoverMessages.Path}");

        ews.StatusCode.Should().Be(HttpStatusCode.OK, server.Log);
        (await ews.Content.ReadAsStringAsync()).Should().Contain("<GetImItemListResponse ResponseClass=\"Success\"").And.Contain("<ResponseCode>NoError</ResponseCode>");
        autodiscover.Status.Should().Be(HttpStatusCode.OK, server.Log);
        autodiscover.ExternalEwsUrl.Should().StartWith("https://").And.Be($"https://{HostName}:{port}{EwsEndpoint.Path}");
        using var plain = await server.Http.GetAsync(HealthEndpoints.Ready);
        plain.StatusCode.Should().Be(HttpStatusCode.OK, "the HTTP address keeps answering beside HTTPS");
    }

    [Fact]
    public async Task Client_without_that_trust_is_refused_and_the_next_start_serves_the_same_certificate()
    {
        string data;
        byte[] published;
        using (var server = await app.StartAsync(Https))
        {
            var port = await HttpsPortAsync(server);
            data = server.DataDirectory;
            published = File.ReadAllBytes(Path.Combine(data, ServerCertificate.PublicFileName));
            using var untrusting = new HttpClient(new SocketsHttpHandler { ConnectCallback = Loopback(port) });

            var refused = () => untrusting.GetAsync(new Uri($"https://{HostName}:{port}{HealthEndpoints.Ready}"));

            await refused.Should().ThrowAsync<HttpRequestException>();
        }

        using var again = await app.StartAsync(Https, dataDirectory: data);
        var portAgain = await HttpsPortAsync(again);
        using var trusted = X509Certificate2.CreateFromPem(Encoding.ASCII.GetString(published));
        using var http = TrustingOnly(trusted, portAgain, out var served);

        using var ready = await http.GetAsync(new Uri($"https://{HostName}:{portAgain}{HealthEndpoints.Ready}"));

        ready.StatusCode.Should().Be(HttpStatusCode.OK, again.Log);
        served().Should().Equal(trusted.RawData);
        File.ReadAllBytes(Path.Combine(data, ServerCertificate.PublicFileName)).Should().Equal(published);
    }

    /// <summary>The port of the HTTPS address the server announced beside its HTTP one.</summary>
    private static async Task<int> HttpsPortAsync(RunningServer server)
    {
        var line = await server.WaitForOutputAsync(l => l.StartsWith($"{ListeningAnnouncement.Text}https://", StringComparison.Ordinal));
        return new Uri(line[ListeningAnnouncement.Text.Length..]).Port;
    }

    /// <summary>
    /// A client that accepts the server's certificate only if it is <paramref name="trusted"/> and names the host the
    /// request is for, connecting to the loopback address whatever host it names.
    /// </summary>
    private static HttpClient TrustingOnly(X509Certificate2 trusted, int port, out Func<byte[]> served)
    {
        byte[] last = [];
        served = () => last;
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = Loopback(port),
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                {
                    if (certificate is not X509Certificate2 presented || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
                    {
                        return false;
                    }

                    last = presented.RawData;
                    using var chain = new X509Chain();
                    chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                    chain.ChainPolicy.CustomTrustStore.Add(trusted);
                    chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                    return chain.Build(presented);
                },
            },
        };
        return new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>Connects to the server on the loopback address, as a hosts-file entry for the host name would.</summary>
    private static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Loopback(int port) => async (_, cancellationToken) =>
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    };
}
