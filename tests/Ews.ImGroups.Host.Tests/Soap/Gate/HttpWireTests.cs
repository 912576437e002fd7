using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Gate;

/// <summary>What the endpoint answers at the HTTP level, before any SOAP is read.</summary>
public sealed class HttpWireTests(SharedServer server) : SharedServerTest<SharedServer>(server)
{
    [Theory]
    [InlineData(null)]
    [InlineData("Basic")]
    [InlineData("Basic !!!not-base64!!!")]
    [InlineData("Basic YWxpY2U=")]
    [InlineData("Basic bm90LWFuLWFkZHJlc3M6c2VjcmV0")]
    [InlineData("Bearer abc.def.ghi")]
    public async Task Missing_or_unusable_credentials_get_401_with_a_Basic_challenge(string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, EwsClient.Endpoint)
        {
            Content = new StringContent(Requests.AddImGroup("x"), Encoding.UTF8, "text/xml"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await Client.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.Should().ContainSingle().Which.ToString().Should().Be("Basic realm=\"Ews.ImGroups\"");
        (await Server.MailboxesAsync()).Should().HaveCount(2, "only the seeded mailboxes exist");
    }

    [Fact]
    public async Task Any_password_for_a_user_in_email_form_provisions_a_mailbox()
    {
        var reply = await Client.PostAsync(Requests.AddImGroup("Mine"), asUser: "New.User@Example.com");

        // Mailbox 3: no other test of this class makes a mailbox, and a reset never hands a removed mailbox's number out again.
        XmlAssert.Equivalent(Responses.AddImGroupSuccess("Mine", "AkcDAAAAAAAAAAoAAAAAAAAANZykf7tKLTY=", "EgAAAA=="), reply.Body);
        (await Server.MailboxesAsync()).Select(m => m.SmtpAddress).Should().Contain("new.user@example.com");
    }

    [Theory]
    [InlineData("/ews/exchange.asmx")]
    [InlineData("/EWS/EXCHANGE.ASMX")]
    public async Task Endpoint_path_is_case_insensitive(string path)
    {
        var reply = await Client.PostAsync(Requests.AddImGroup("x"), path: path);

        XmlAssert.Equivalent(Responses.AddImGroupSuccess("x", Users.AliceFirstGroup, "EgAAAA=="), reply.Body);
    }

    [Theory]
    [InlineData("/EWS/Exchange.asmx/")]
    [InlineData("/ews/exchange.asmx/AddImGroup")]
    public async Task Paths_below_the_endpoint_get_404_without_reaching_SOAP_processing(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(Requests.AddImGroup("x"), Encoding.UTF8, "text/xml"),
        };

        using var response = await Client.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().BeEmpty();
        (await Server.GroupsAsync(Users.AliceMailbox)).Should().BeEmpty();
    }

    [Fact]
    public async Task Other_methods_get_405_with_Allow_POST()
    {
        using var response = await Client.Http.GetAsync(EwsClient.Endpoint);

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().Equal("POST");
    }

    [Theory]
    [InlineData("application/soap+xml")]
    [InlineData("application/json")]
    public async Task Content_types_other_than_text_xml_get_415(string contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, EwsClient.Endpoint)
        {
            Content = new StringContent(Requests.AddImGroup("x"), Encoding.UTF8, contentType),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("alice@contoso.com:x"u8.ToArray()));

        using var response = await Client.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Health_endpoint_reports_healthy()
    {
        using var response = await Client.Http.GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }
}
