using System.Net;
using System.Text;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Tenancy;

public sealed class TenantLimitTests() : ServerTest(new Dictionary<string, string?> { ["Ews:Tenants:MaxTenants"] = "1" })
{
    [Fact]
    public async Task A_new_tenant_past_the_limit_is_not_found_and_nothing_is_made()
    {
        var first = await Client.PostAsync(Requests.GetImItemList(), path: "/t/first" + EwsClient.Endpoint);
        using var second = await Client.Http.PostAsync(
            new Uri("/t/second" + EwsClient.Endpoint, UriKind.Relative), new StringContent(Requests.GetImItemList(), Encoding.UTF8, "text/xml"));
        var firstAgain = await Client.PostAsync(Requests.GetImItemList(), path: "/t/FIRST" + EwsClient.Endpoint);

        first.ResponseCode.Should().Be("NoError");
        second.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await second.Content.ReadAsStringAsync()).Should().Contain("No tenant 'second'").And.Contain("Ews:Tenants:MaxTenants");
        firstAgain.ResponseCode.Should().Be("NoError", "a tenant's name is read without case, so this is the tenant already made");
        (await Server.TenantsAsync()).Should().Equal("first");
        (await Server.AllMailboxesAsync()).Select(m => (m.Tenant, m.SmtpAddress)).Should().Equal(
            [("", Users.Alice), ("", Users.Bob), ("first", Users.Alice)], "the refused tenant provisioned no mailbox");
    }
}

public sealed class TenantsOffTests() : ServerTest(new Dictionary<string, string?> { ["Ews:Tenants:MaxTenants"] = "0" })
{
    [Fact]
    public async Task With_no_tenants_allowed_every_prefixed_path_is_not_found()
    {
        using var reply = await Client.Http.PostAsync(
            new Uri("/t/any" + EwsClient.Endpoint, UriKind.Relative), new StringContent(Requests.GetImItemList(), Encoding.UTF8, "text/xml"));

        reply.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Client.PostAsync(Requests.GetImItemList())).ResponseCode.Should().Be("NoError");
        (await Server.TenantsAsync()).Should().BeEmpty();
    }
}
