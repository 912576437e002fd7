using System.Net;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Gate;

/// <summary>SOAP header and SOAPAction problems are faults raised before the operation runs.</summary>
public sealed class HeaderFaultWireTests(SharedServer server) : SharedServerTest<SharedServer>(server)
{
    /// <summary>The fault text of the reference's GetImItemList error example.</summary>
    private const string IncorrectSchemaVersion =
        "The request is valid but does not specify the correct server version in the RequestServerVersion SOAP header.  Ensure that the RequestServerVersion SOAP header is set with the correct RequestServerVersionValue.";

    [Theory]
    [InlineData("Exchange2010_SP2")]
    [InlineData("Exchange2012")]
    public async Task Version_before_Exchange2013_gets_ErrorIncorrectSchemaVersion(string version)
    {
        var reply = await Client.PostAsync(Requests.AddImGroup("x", Requests.Versioned(version)));

        reply.Status.Should().Be(HttpStatusCode.InternalServerError);
        XmlAssert.Equivalent(
            Responses.Fault(
                "ErrorIncorrectSchemaVersion",
                IncorrectSchemaVersion),
            reply.Body);
    }

    [Fact]
    public async Task Missing_version_header_is_read_as_Exchange2007_and_gets_ErrorIncorrectSchemaVersion()
    {
        var reply = await Client.PostAsync(Requests.AddImGroup("x", "      <t:MailboxCulture>en-US</t:MailboxCulture>"));

        reply.Status.Should().Be(HttpStatusCode.InternalServerError);
        XmlAssert.Equivalent(
            Responses.Fault(
                "ErrorIncorrectSchemaVersion",
                IncorrectSchemaVersion),
            reply.Body);
    }

    [Fact]
    public async Task Version_newer_than_the_emulated_server_gets_ErrorInvalidServerVersion()
    {
        var reply = await Client.PostAsync(Requests.AddImGroup("x", Requests.Versioned("Exchange2016")));

        reply.Status.Should().Be(HttpStatusCode.InternalServerError);
        XmlAssert.Equivalent(
            Responses.Fault(
                "ErrorInvalidServerVersion",
                "The requested server version Exchange2016 is not supported; this server runs Exchange2013."),
            reply.Body);
    }

    [Fact]
    public async Task Configured_server_version_is_reported_and_accepts_requests_up_to_it()
    {
        using var newer = new EwsServer(new Dictionary<string, string?>
        {
            ["Ews:ServerVersion:MajorBuildNumber"] = "1497",
            ["Ews:ServerVersion:MinorBuildNumber"] = "2",
            ["Ews:ServerVersion:Version"] = "Exchange2016",
        });
        using var newerClient = newer.CreateEwsClient();

        var reply = await newerClient.PostAsync(Requests.AddImGroup("x", Requests.Versioned("Exchange2013_SP1")));

        reply.Status.Should().Be(HttpStatusCode.OK);
        XmlAssert.Equivalent(
            Responses.WithServerVersion(reply.Xml.Root!.Elements().Last().Elements().Single().ToString(), "Exchange2016", majorBuild: 1497, minorBuild: 2),
            reply.Body);
    }

    [Fact]
    public async Task Unknown_mailbox_culture_gets_ErrorUnsupportedCulture()
    {
        var reply = await Client.PostAsync(Requests.AddImGroup("x", Requests.ReferenceHeaders.Replace("en-US", "qq-ZZ", StringComparison.Ordinal)));

        reply.Status.Should().Be(HttpStatusCode.InternalServerError);
        XmlAssert.Equivalent(
            Responses.Fault("ErrorUnsupportedCulture", "The MailboxCulture 'qq-ZZ' is not a culture this server knows."),
            reply.Body);
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("ja-JP")]
    public async Task Known_mailbox_culture_is_accepted(string culture)
    {
        var reply = await Client.PostAsync(Requests.AddImGroup("x", Requests.ReferenceHeaders.Replace("en-US", culture, StringComparison.Ordinal)));

        reply.ResponseCode.Should().Be("NoError");
    }

    [Fact]
    public async Task SOAPAction_naming_another_operation_gets_ErrorInvalidRequest_and_changes_nothing()
    {
        var reply = await Client.PostAsync(
            Requests.AddImGroup("Mismatch"), "\"http://schemas.microsoft.com/exchange/services/2006/messages/AddImContactToGroup\"");

        reply.Status.Should().Be(HttpStatusCode.InternalServerError);
        XmlAssert.Equivalent(
            Responses.Fault(
                "ErrorInvalidRequest",
                "The SOAPAction header names the operation 'AddImContactToGroup' but the SOAP body holds 'AddImGroup'."),
            reply.Body);
        (await Client.PostAsync(Requests.AddImGroup("Mismatch"))).ResponseCode.Should().Be("NoError");
    }

    [Fact]
    public async Task Response_element_posted_as_a_request_gets_ErrorInvalidRequest()
    {
        var request = Requests.Envelope(Requests.ReferenceHeaders, """
                  <m:AddImGroupResponse ResponseClass="Success">
                     <m:ResponseCode>NoError</m:ResponseCode>
                  </m:AddImGroupResponse>
            """);

        var reply = await Client.PostAsync(request);

        reply.Status.Should().Be(HttpStatusCode.InternalServerError);
        XmlAssert.Equivalent(
            Responses.Fault("ErrorInvalidRequest", "The request 'AddImGroupResponse' is not an operation this server supports."),
            reply.Body);
    }
}
