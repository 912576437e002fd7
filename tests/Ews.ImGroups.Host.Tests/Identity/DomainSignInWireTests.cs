using System.Net;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Identity;

/// <summary>The server of <see cref="DomainSignInWireTests"/>: AutoProvision with CONTOSO mapped to contoso.com.</summary>
public sealed class DomainSignInServer() : SharedServer(new Dictionary<string, string?>
{
    ["Ews:Authentication:Domains:CONTOSO"] = "contoso.com",
});

/// <summary>AutoProvision mode: <c>DOMAIN\user</c> signs in as <c>user@maildomain</c> for mapped domains only.</summary>
public sealed class DomainSignInWireTests(DomainSignInServer server) : SharedServerTest<DomainSignInServer>(server)
{
    [Theory]
    [InlineData("CONTOSO\\alice")]
    [InlineData("contoso\\Alice")]
    public async Task Mapped_domain_user_gets_the_list_of_the_mailbox_it_names(string user)
    {
        (await Client.PostAsync(Requests.AddImGroup("Alice's"))).ResponseCode.Should().Be("NoError");
        var direct = ImListView.Read(await Client.PostAsync(Requests.GetImItemList()));

        var reply = await Client.PostAsync(Requests.GetImItemList(), asUser: user);

        reply.ResponseCode.Should().Be("NoError");
        direct.UserGroups.Should().ContainSingle(g => g.DisplayName == "Alice's" && g.Id == Users.AliceFirstGroup);
        ImListView.Read(reply).Should().BeEquivalentTo(direct);
        (await Server.MailboxesAsync()).Select(m => m.SmtpAddress).Should().NotContain(a => a.Contains('\\'));
    }

    [Theory]
    [InlineData("FABRIKAM\\alice")]
    [InlineData("CONTOSO\\\\alice")]
    [InlineData("CONTOSO\\alice\\x")]
    [InlineData("\\alice")]
    [InlineData("CONTOSO\\")]
    public async Task Unmapped_domain_or_malformed_name_gets_401(string user)
    {
        var before = await Server.MailboxesAsync();

        var reply = await Client.PostAsync(Requests.GetImItemList(), asUser: user);

        reply.Status.Should().Be(HttpStatusCode.Unauthorized);
        (await Server.MailboxesAsync()).Should().BeEquivalentTo(before);
    }
}

/// <summary>The server of <see cref="StrictDomainSignInWireTests"/>.</summary>
public sealed class StrictDomainSignInServer() : SharedServer(new Dictionary<string, string?>
{
    ["Ews:Authentication:Mode"] = "Strict",
    ["Ews:Authentication:Domains:CONTOSO"] = "contoso.com",
    ["Ews:Authentication:Accounts:0:SmtpAddress"] = Users.Alice,
    ["Ews:Authentication:Accounts:0:Password"] = "secret",
    ["Ews:Authentication:Accounts:0:SamAccountName"] = "alice",
    ["Ews:Authentication:Accounts:1:SmtpAddress"] = StrictDomainSignInWireTests.Carol,
    ["Ews:Authentication:Accounts:1:Password"] = "carol's",
    ["Ews:Authentication:Accounts:1:SamAccountName"] = "cclark",
});

/// <summary>Strict mode: <c>DOMAIN\user</c> names an account by SamAccountName, else by address, and is refused like a wrong password otherwise.</summary>
public sealed class StrictDomainSignInWireTests(StrictDomainSignInServer server) : SharedServerTest<StrictDomainSignInServer>(server)
{
    internal const string Carol = "carol.clark@contoso.com";

    [Fact]
    public async Task Account_by_its_SamAccountName_with_its_password_is_served_as_its_mailbox()
    {
        var reply = await Client.PostAsync(Requests.AddImGroup("Strict"), asUser: "CONTOSO\\alice", password: "secret");

        XmlAssert.Equivalent(Responses.AddImGroupSuccess("Strict", Users.AliceFirstGroup, "EgAAAA=="), reply.Body);
    }

    [Fact]
    public async Task SamAccountName_unlike_the_address_still_finds_the_account()
    {
        var reply = await Client.PostAsync(Requests.AddImGroup("Carol's"), asUser: "contoso\\CClark", password: "carol's");

        reply.ResponseCode.Should().Be("NoError");
        var addresses = (await Server.MailboxesAsync()).Select(m => m.SmtpAddress).ToList();
        addresses.Should().Contain(Carol);
        addresses.Should().NotContain(a => a.StartsWith("cclark", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("CONTOSO\\alice", "not the secret")]
    [InlineData("CONTOSO\\bob", "secret")]
    [InlineData("FABRIKAM\\alice", "secret")]
    public async Task Wrong_password_unknown_user_and_unmapped_domain_get_the_same_401(string user, string password)
    {
        var wrong = await Client.PostAsync(Requests.AddImGroup("x"), asUser: Users.Alice, password: "not the secret");

        var reply = await Client.PostAsync(Requests.AddImGroup("x"), asUser: user, password: password);

        wrong.Status.Should().Be(HttpStatusCode.Unauthorized);
        reply.Status.Should().Be(HttpStatusCode.Unauthorized);
        reply.Body.Should().Be(wrong.Body);
        reply.Raw.Headers.WwwAuthenticate.ToString().Should().Be(wrong.Raw.Headers.WwwAuthenticate.ToString());
        (await Server.GroupsAsync(Users.AliceMailbox)).Should().NotContain(g => g.DisplayName == "x");
    }
}
