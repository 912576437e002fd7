using System.Net;
using Ews.ImGroups.Client.Tests.Infrastructure;

namespace Ews.ImGroups.Client.Tests;

/// <summary>What the client puts on the wire: envelopes byte for byte, and the HTTP headers around them.</summary>
public sealed class RequestShapeTests
{
    private const string Success = """
        <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>
        <SetImGroupResponse ResponseClass="Success" xmlns="http://schemas.microsoft.com/exchange/services/2006/messages"><ResponseCode>NoError</ResponseCode></SetImGroupResponse>
        </s:Body></s:Envelope>
        """;

    private const string Envelope =
        """<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types" xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">""";

    [Fact]
    public async Task Impersonation_culture_and_version_are_headers_of_the_envelope_and_the_token_is_a_bearer_header()
    {
        var handler = new CannedHandler(Success);
        var client = handler.Client(o => new EwsImClientOptions
        {
            Url = o.Url,
            Credentials = EwsCredentials.Bearer(_ => ValueTask.FromResult("token-1")),
            ImpersonatedAddress = "bob@contoso.com",
            MailboxCulture = "en-US",
            ServerVersion = "Exchange2013_SP1",
        });

        await client.SetImGroupAsync(new ItemId("AkcB", "EgAAAA=="), "Friends & family");

        var (request, body) = handler.Requests.Single();
        body.Should().Be(Envelope
            + """<soap:Header><t:RequestServerVersion Version="Exchange2013_SP1" /><t:MailboxCulture>en-US</t:MailboxCulture>"""
            + """<t:ExchangeImpersonation><t:ConnectingSID><t:PrimarySmtpAddress>bob@contoso.com</t:PrimarySmtpAddress></t:ConnectingSID></t:ExchangeImpersonation></soap:Header>"""
            + """<soap:Body><m:SetImGroup><m:GroupId Id="AkcB" ChangeKey="EgAAAA==" /><m:NewDisplayName>Friends &amp; family</m:NewDisplayName></m:SetImGroup></soap:Body></soap:Envelope>""");
        request.Method.Should().Be(HttpMethod.Post);
        request.RequestUri.Should().Be(new Uri("https://mail.contoso.com/EWS/Exchange.asmx"));
        request.Headers.Authorization!.ToString().Should().Be("Bearer token-1");
        request.Headers.GetValues("SOAPAction").Should().Equal("\"http://schemas.microsoft.com/exchange/services/2006/messages/SetImGroup\"");
        request.Content!.Headers.ContentType!.ToString().Should().Be("text/xml; charset=utf-8");
    }

    [Fact]
    public async Task Without_options_only_the_version_header_is_sent_and_no_credentials()
    {
        var handler = new CannedHandler(Success);

        await handler.Client().RemoveImGroupAsync(new ItemId("AkcB"));

        var (request, body) = handler.Requests.Single();
        body.Should().Be(Envelope
            + """<soap:Header><t:RequestServerVersion Version="Exchange2013" /></soap:Header>"""
            + """<soap:Body><m:RemoveImGroup><m:GroupId Id="AkcB" /></m:RemoveImGroup></soap:Body></soap:Envelope>""");
        request.Headers.Authorization.Should().BeNull();
    }

    [Fact]
    public async Task GetImItems_lists_ids_as_types_ItemIds_and_names_extended_properties()
    {
        var handler = new CannedHandler(Success.Replace("SetImGroupResponse", "GetImItemsResponse", StringComparison.Ordinal));

        var list = await handler.Client().GetImItemsAsync(
            [new ItemId("AkMB", "EQAAAA==")], [new ItemId("AkcB")], [ExtendedFieldUri.Tagged("0x3001", "String")]);

        list.Groups.Should().BeEmpty();
        list.Personas.Should().BeEmpty();
        handler.Requests.Single().Body.Should().EndWith(
            """<soap:Body><m:GetImItems><m:ContactIds><t:ItemId Id="AkMB" ChangeKey="EQAAAA==" /></m:ContactIds><m:GroupIds><t:ItemId Id="AkcB" /></m:GroupIds>"""
            + """<m:ExtendedProperties><t:ExtendedProperty PropertyTag="0x3001" PropertyType="String" /></m:ExtendedProperties></m:GetImItems></soap:Body></soap:Envelope>""");
    }

    [Fact]
    public async Task Operations_without_parameters_send_an_empty_element()
    {
        var handler = new CannedHandler(Success.Replace("SetImGroupResponse", "GetImItemListResponse", StringComparison.Ordinal));

        await handler.Client().GetImItemListAsync();

        handler.Requests.Single().Body.Should().EndWith("<soap:Body><m:GetImItemList /></soap:Body></soap:Envelope>");
    }

    [Fact]
    public async Task Basic_credentials_are_the_UTF8_user_and_password()
    {
        var handler = new CannedHandler(Success);

        await handler.Client(o => new EwsImClientOptions { Url = o.Url, Credentials = EwsCredentials.Basic("zoë@contoso.com", "pässword") })
            .SetImListMigrationCompletedAsync(true);

        var (request, body) = handler.Requests.Single();
        request.Headers.Authorization!.Scheme.Should().Be("Basic");
        request.Headers.Authorization.Parameter.Should().Be(Convert.ToBase64String("zoë@contoso.com:pässword"u8.ToArray()));
        body.Should().EndWith("<m:SetImListMigrationCompleted><m:ImListMigrationCompleted>true</m:ImListMigrationCompleted></m:SetImListMigrationCompleted></soap:Body></soap:Envelope>");
    }

    [Fact]
    public async Task Autodiscover_posts_the_Outlook_provider_request_beside_the_EWS_endpoint()
    {
        var handler = new CannedHandler("""
            <?xml version="1.0" encoding="utf-8"?>
            <Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006">
              <Response xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a">
                <Account><AccountType>email</AccountType><Action>redirectAddr</Action><RedirectAddr>alice@fabrikam.com</RedirectAddr></Account>
              </Response>
            </Autodiscover>
            """);
        var client = handler.Client(o => new EwsImClientOptions { Url = new Uri("https://mail.contoso.com/tenant-a/EWS/Exchange.asmx") });

        var settings = await client.AutodiscoverAsync("alice@contoso.com");

        settings.Action.Should().Be("redirectAddr");
        settings.RedirectAddress.Should().Be("alice@fabrikam.com");
        settings.EwsUrl.Should().BeNull();
        var (request, body) = handler.Requests.Single();
        request.RequestUri.Should().Be(new Uri("https://mail.contoso.com/tenant-a/autodiscover/autodiscover.xml"));
        request.Headers.Contains("SOAPAction").Should().BeFalse();
        body.Should().Be(
            """<?xml version="1.0" encoding="utf-8"?><Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006"><Request>"""
            + """<EMailAddress>alice@contoso.com</EMailAddress><AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema>"""
            + "</Request></Autodiscover>");
    }

    [Fact]
    public async Task An_answer_that_is_not_SOAP_is_an_HTTP_error_with_its_status()
    {
        var handler = new CannedHandler("Service Unavailable", HttpStatusCode.ServiceUnavailable);

        var act = () => handler.Client().GetImItemListAsync();

        (await act.Should().ThrowAsync<HttpRequestException>()).Which.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public void Options_must_name_an_absolute_http_url()
    {
        var act = () => new EwsImClient(new HttpClient(), new EwsImClientOptions { Url = new Uri("ftp://mail.contoso.com/EWS/Exchange.asmx") });

        act.Should().Throw<ArgumentException>().WithParameterName("Url");
    }
}
