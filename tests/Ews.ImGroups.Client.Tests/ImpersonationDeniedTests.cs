using System.Net;
using Ews.ImGroups.Client.Tests.Infrastructure;

namespace Ews.ImGroups.Client.Tests;

/// <summary>The server of <see cref="ImpersonationDeniedTests"/>: its mailboxes may not impersonate.</summary>
public sealed class NoImpersonationServer : ClientServer
{
    public NoImpersonationServer()
        : base(new Dictionary<string, string?> { ["Ews:Authentication:AutoProvisionMayImpersonate"] = "false" })
    {
    }
}

/// <summary>Impersonation the caller has no right to is refused as a whole, with a fault.</summary>
public sealed class ImpersonationDeniedTests(NoImpersonationServer server) : IClassFixture<NoImpersonationServer>
{
    [Fact]
    public async Task Impersonating_without_the_right_is_an_ErrorImpersonateUserDenied_fault()
    {
        var client = server.ClientFor("alice@contoso.com", o => new EwsImClientOptions { Url = o.Url, Credentials = o.Credentials, ImpersonatedAddress = "bob@contoso.com" });

        var fault = (await client.Invoking(c => c.GetImItemListAsync()).Should().ThrowAsync<EwsFaultException>()).Which;

        fault.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        fault.ResponseCode.Should().Be("ErrorImpersonateUserDenied");
        fault.MessageText.Should().Be("The account does not have permission to impersonate the requested user.");
    }
}
