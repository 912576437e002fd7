using System.Net;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Operations;

public sealed class AddImGroupWireTests(SharedServer server) : SharedServerTest<SharedServer>(server)
{
    private const string FirstGroupId = Users.AliceFirstGroup;

    [Fact]
    public async Task Reference_request_without_SOAPAction_gets_the_reference_success_response()
    {
        var reply = await Client.PostAsync(Requests.AddImGroup("MyCustomGroup"));

        reply.Status.Should().Be(HttpStatusCode.OK);
        reply.ContentType.Should().Be("text/xml; charset=utf-8");
        XmlAssert.Equivalent(Responses.AddImGroupSuccess("MyCustomGroup", FirstGroupId, "EgAAAA=="), reply.Body);
    }

    [Fact]
    public async Task Matching_SOAPAction_is_accepted_quoted_or_not()
    {
        var quoted = await Client.PostAsync(
            Requests.AddImGroup("Quoted"), "\"http://schemas.microsoft.com/exchange/services/2006/messages/AddImGroup\"");
        var bare = await Client.PostAsync(
            Requests.AddImGroup("Bare"), "http://schemas.microsoft.com/exchange/services/2006/messages/AddImGroup");

        XmlAssert.Equivalent(Responses.AddImGroupSuccess("Quoted", FirstGroupId, "EgAAAA=="), quoted.Body);
        XmlAssert.Equivalent(Responses.AddImGroupSuccess("Bare", "AkcBAAAAAAAAAAgAAAAAAAAAeUjKSHu7fb4=", "EgAAAA=="), bare.Body);
    }

    [Fact]
    public async Task Header_entries_may_carry_SOAP_attributes()
    {
        var headers = """
                  <t:RequestServerVersion Version="Exchange2013" soap:mustUnderstand="1" />
                  <t:MailboxCulture soap:actor="http://schemas.xmlsoap.org/soap/actor/next">en-US</t:MailboxCulture>
            """;

        var reply = await Client.PostAsync(Requests.AddImGroup("Attributed", headers));

        XmlAssert.Equivalent(Responses.AddImGroupSuccess("Attributed", FirstGroupId, "EgAAAA=="), reply.Body);
    }

    [Fact]
    public async Task Name_with_surrounding_spaces_is_kept_as_sent()
    {
        var reply = await Client.PostAsync(Requests.AddImGroup("  Spaced  "));

        XmlAssert.Equivalent(Responses.AddImGroupSuccess("  Spaced  ", FirstGroupId, "EgAAAA=="), reply.Body);
        reply.Body.Should().Contain(">  Spaced  </");
    }

    [Fact]
    public async Task Reference_invalid_character_gets_the_reference_fault_at_line_11_position_33()
    {
        var reply = await Client.PostAsync(Requests.AddImGroup("~!@#$%^&"));

        reply.Status.Should().Be(HttpStatusCode.InternalServerError);
        XmlAssert.Equivalent(
            Responses.SchemaFault(11, 33, "An error occurred while parsing EntityName. Line 11, position 33."),
            reply.Body);
    }

    [Fact]
    public async Task Same_name_in_another_case_gets_ErrorImGroupDisplayNameAlreadyExists()
    {
        await Client.PostAsync(Requests.AddImGroup("Friends"));

        var reply = await Client.PostAsync(Requests.AddImGroup("FRIENDS"));

        reply.Status.Should().Be(HttpStatusCode.OK);
        XmlAssert.Equivalent(
            Responses.Error("AddImGroup", "An IM group with the specified display name already exists.", "ErrorImGroupDisplayNameAlreadyExists"),
            reply.Body);
    }

    [Fact]
    public async Task Same_name_in_another_mailbox_is_allowed()
    {
        await Client.PostAsync(Requests.AddImGroup("Friends"));

        var reply = await Client.PostAsync(Requests.AddImGroup("Friends"), asUser: Users.Bob);

        XmlAssert.Equivalent(Responses.AddImGroupSuccess("Friends", "AkcCAAAAAAAAAAgAAAAAAAAA/doi6idQ09k=", "EgAAAA=="), reply.Body);
    }

    [Fact]
    public async Task Group_named_like_the_Other_Contacts_system_group_is_refused()
    {
        var reply = await Client.PostAsync(Requests.AddImGroup("other contacts"));

        XmlAssert.Equivalent(
            Responses.Error("AddImGroup", "An IM group with the specified display name already exists.", "ErrorImGroupDisplayNameAlreadyExists"),
            reply.Body);
    }

    [Fact]
    public async Task Group_past_the_configured_limit_gets_ErrorImGroupLimitReached()
    {
        using var limited = new EwsServer(new Dictionary<string, string?> { ["Ews:MaxGroupsPerMailbox"] = "2" });
        using var limitedClient = limited.CreateEwsClient();
        (await limitedClient.PostAsync(Requests.AddImGroup("One"))).ResponseCode.Should().Be("NoError");
        (await limitedClient.PostAsync(Requests.AddImGroup("Two"))).ResponseCode.Should().Be("NoError");

        var reply = await limitedClient.PostAsync(Requests.AddImGroup("Three"));

        XmlAssert.Equivalent(
            Responses.Error("AddImGroup", "The maximum number of IM groups has been reached.", "ErrorImGroupLimitReached"),
            reply.Body);
    }
}
