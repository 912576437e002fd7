using System.Net;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Identity;

/// <summary>The server of <see cref="AutoProvisionImpersonationTests"/>: auto-provisioned users may not impersonate.</summary>
public sealed class NoImpersonationServer() : SharedServer(new Dictionary<string, string?>
{
    ["Ews:Authentication:AutoProvisionMayImpersonate"] = "false",
});

/// <summary>Auto-provisioned users may impersonate unless the configuration says otherwise.</summary>
public sealed class AutoProvisionImpersonationTests(NoImpersonationServer server) : SharedServerTest<NoImpersonationServer>(server)
{
    [Fact]
    public async Task Impersonation_switched_off_gets_ErrorImpersonateUserDenied()
    {
        var reply = await Client.PostAsync(Requests.AddImGroup("x", Requests.Impersonating("PrimarySmtpAddress", Users.Bob)));

        reply.Status.Should().Be(HttpStatusCode.InternalServerError);
        reply.ResponseCode.Should().Be("ErrorImpersonateUserDenied");
        (await Server.GroupsAsync(Users.BobMailbox)).Should().BeEmpty();
    }

    [Fact]
    public async Task Own_mailbox_is_still_served()
    {
        (await Client.PostAsync(Requests.AddImGroup("Mine"))).ResponseCode.Should().Be("NoError");
    }
}
