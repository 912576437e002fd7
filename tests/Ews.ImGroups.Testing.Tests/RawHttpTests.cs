using System.Net;
using System.Text;
using System.Xml.Linq;
using Ews.ImGroups.Testing;

namespace Ews.ImGroups.Testing.Tests;

/// <summary>The server is a real HTTP endpoint: a client that knows nothing of this package's types reaches it.</summary>
public sealed class RawHttpTests
{
    private const string GetImItemList =
        """
        <?xml version="1.0" encoding="utf-8"?>
        <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
                       xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"
                       xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages">
          <soap:Header><t:RequestServerVersion Version="Exchange2013" /></soap:Header>
          <soap:Body><m:GetImItemList /></soap:Body>
        </soap:Envelope>
        """;

    private static readonly XNamespace Messages = "http://schemas.microsoft.com/exchange/services/2006/messages";
    private static readonly XNamespace Types = "http://schemas.microsoft.com/exchange/services/2006/types";

    [Fact]
    public async Task A_plain_http_client_posts_soap_to_the_ews_url_and_reads_the_seeded_list()
    {
        await using var server = await EwsImGroupsServer.StartAsync(Seeds.AliceWithTeam);
        using var http = server.CreateHttpClient("alice@contoso.com");
        using var body = new StringContent(GetImItemList, Encoding.UTF8, "text/xml");

        using var response = await http.PostAsync(server.EwsUrl, body);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        xml.Descendants(Messages + "ResponseCode").Single().Value.Should().Be("NoError");
        xml.Descendants(Types + "ImGroup").Select(g => g.Element(Types + "DisplayName")!.Value)
            .Should().Equal("Other Contacts", "Tagged", "Favorites", "Team", "Partners");
    }

    [Fact]
    public async Task Without_credentials_the_ews_url_answers_with_a_basic_challenge()
    {
        await using var server = await EwsImGroupsServer.StartAsync();
        using var http = server.CreateHttpClient();
        using var body = new StringContent(GetImItemList, Encoding.UTF8, "text/xml");

        using var response = await http.PostAsync(server.EwsUrl, body);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.Select(h => h.Scheme).Should().Contain("Basic");
    }
}
