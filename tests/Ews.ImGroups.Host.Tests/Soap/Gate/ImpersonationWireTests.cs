using System.Net;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Gate;

/// <summary>ExchangeImpersonation selects the mailbox an operation acts on; for now every caller may impersonate.</summary>
public sealed class ImpersonationWireTests(SharedServer server) : SharedServerTest<SharedServer>(server, Users.Bob)
{
    [Theory]
    [InlineData("PrimarySmtpAddress", Users.Alice)]
    [InlineData("SmtpAddress", "ALICE@contoso.com")]
    [InlineData("PrincipalName", Users.Alice)]
    [InlineData("SID", Users.AliceSid)]
    [InlineData("SID", "s-1-5-21-1004336348-1177238915-682003330-1001")]
    public async Task ConnectingSID_selects_the_target_mailbox(string kind, string value)
    {
        var reply = await Client.PostAsync(Requests.AddImGroup("Impersonated", Requests.Impersonating(kind, value)));

        reply.ResponseCode.Should().Be("NoError");
        (await Server.GroupsAsync(Users.AliceMailbox)).Should().ContainSingle().Which.DisplayName.Should().Be("Impersonated");
        (await Server.GroupsAsync(Users.BobMailbox)).Should().BeEmpty();
    }

    [Fact]
    public async Task Ids_are_checked_against_the_impersonated_mailbox()
    {
        var asAlice = Requests.AddImContactToGroup(Users.AliceContactBob, headers: Requests.Impersonating("PrimarySmtpAddress", Users.Alice));
        var asBob = Requests.AddImContactToGroup(Users.AliceContactBob);

        (await Client.PostAsync(asAlice)).ResponseCode.Should().Be("NoError");
        (await Client.PostAsync(asBob)).ResponseCode.Should().Be("ErrorInvalidImContactId");
    }

    [Fact]
    public async Task Unknown_SID_gets_ErrorNonExistentMailbox()
    {
        var reply = await Client.PostAsync(Requests.AddImGroup("x", Requests.Impersonating("SID", "S-1-5-21-1-2-3-4242")));

        reply.Status.Should().Be(HttpStatusCode.InternalServerError);
        XmlAssert.Equivalent(
            Responses.Fault("ErrorNonExistentMailbox", "No mailbox is associated with the impersonated account 'S-1-5-21-1-2-3-4242'."),
            reply.Body);
    }

    [Fact]
    public async Task Address_that_is_not_an_email_address_gets_ErrorNonExistentMailbox()
    {
        var reply = await Client.PostAsync(Requests.AddImGroup("x", Requests.Impersonating("PrimarySmtpAddress", "not-an-address")));

        reply.Status.Should().Be(HttpStatusCode.InternalServerError);
        XmlAssert.Equivalent(
            Responses.Fault("ErrorNonExistentMailbox", "No mailbox is associated with the impersonated account 'not-an-address'."),
            reply.Body);
        (await Server.MailboxesAsync()).Should().HaveCount(2);
    }

    [Fact]
    public async Task Malformed_SID_gets_ErrorInvalidSid()
    {
        var reply = await Client.PostAsync(Requests.AddImGroup("x", Requests.Impersonating("SID", "alice")));

        reply.Status.Should().Be(HttpStatusCode.InternalServerError);
        XmlAssert.Equivalent(Responses.Fault("ErrorInvalidSid", "'alice' is not a security identifier."), reply.Body);
    }
}
