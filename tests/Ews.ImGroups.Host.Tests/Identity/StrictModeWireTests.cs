using System.Net;
using Ews.ImGroups.Host.Identity;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Identity;

/// <summary>The server of <see cref="StrictModeWireTests"/>.</summary>
public sealed class StrictModeServer() : SharedServer(StrictModeWireTests.Settings);

/// <summary>Strict mode: only configured accounts sign in, and only accounts allowed to may impersonate.</summary>
public sealed class StrictModeWireTests(StrictModeServer server) : SharedServerTest<StrictModeServer>(server)
{
    private const string Service = "service@contoso.com";
    private const string Denied = "The account does not have permission to impersonate the requested user.";

    internal static readonly Dictionary<string, string?> Settings = new()
    {
        ["Ews:Authentication:Mode"] = "Strict",
        ["Ews:Authentication:Accounts:0:SmtpAddress"] = Users.Alice,
        ["Ews:Authentication:Accounts:0:Password"] = "secret",
        ["Ews:Authentication:Accounts:1:SmtpAddress"] = Service,
        ["Ews:Authentication:Accounts:1:PasswordHash"] = PasswordHashes.Hash("service password"),
        ["Ews:Authentication:Accounts:1:MayImpersonate"] = "true",
        ["Ews:Authentication:Accounts:2:SmtpAddress"] = Users.Bob,
        ["Ews:Authentication:Accounts:2:Password"] = "bob's",
    };

    [Fact]
    public async Task Configured_account_with_its_password_is_served()
    {
        var reply = await Client.PostAsync(Requests.AddImGroup("Strict"));

        XmlAssert.Equivalent(Responses.AddImGroupSuccess("Strict", Users.AliceFirstGroup, "EgAAAA=="), reply.Body);
    }

    [Fact]
    public async Task An_account_signs_in_to_a_tenant_with_its_one_password_and_gets_a_mailbox_there()
    {
        var tenant = $"strict{Guid.NewGuid():N}"[..14];
        var reply = await Client.PostAsync(Requests.AddImGroup("Strict"), path: $"/t/{tenant}{EwsClient.Endpoint}");
        using var unknown = await SendAsync("mallory@contoso.com", "secret", $"/t/{tenant}{EwsClient.Endpoint}");

        XmlAssert.Equivalent(Responses.AddImGroupSuccess("Strict", reply.StoreId!, "EgAAAA=="), reply.Body);
        unknown.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await Server.AllMailboxesAsync()).Where(m => m.Tenant == tenant).Select(m => m.SmtpAddress).Should().Equal(Users.Alice);
    }

    [Fact]
    public async Task Unknown_user_and_wrong_password_get_the_same_401()
    {
        using var unknown = await SendAsync("mallory@contoso.com", "secret");
        using var wrong = await SendAsync(Users.Alice, "not the secret");

        unknown.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        wrong.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        unknown.Headers.WwwAuthenticate.ToString().Should().Be(wrong.Headers.WwwAuthenticate.ToString()).And.Be("Basic realm=\"Ews.ImGroups\"");
        (await unknown.Content.ReadAsStringAsync()).Should().Be(await wrong.Content.ReadAsStringAsync());
        (await Server.MailboxesAsync()).Select(m => m.SmtpAddress).Should().NotContain("mallory@contoso.com");
    }

    [Fact]
    public async Task Wrong_password_after_an_accepted_one_is_still_refused()
    {
        using var accepted = await SendAsync(Users.Alice, "secret");
        using var again = await SendAsync(Users.Alice, "secret");
        using var wrong = await SendAsync(Users.Alice, "secreT");

        accepted.StatusCode.Should().Be(HttpStatusCode.OK);
        again.StatusCode.Should().Be(HttpStatusCode.OK);
        wrong.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Account_without_the_right_gets_ErrorImpersonateUserDenied()
    {
        var reply = await Client.PostAsync(Requests.AddImGroup("Theirs", Requests.Impersonating("PrimarySmtpAddress", Users.Bob)));

        reply.Status.Should().Be(HttpStatusCode.InternalServerError);
        XmlAssert.Equivalent(Responses.Fault("ErrorImpersonateUserDenied", Denied), reply.Body);
        (await Server.GroupsAsync(Users.BobMailbox)).Should().BeEmpty();
    }

    [Fact]
    public async Task Account_with_the_right_acts_on_the_impersonated_mailbox()
    {
        var reply = await Client.PostAsync(
            Requests.AddImGroup("For Bob", Requests.Impersonating("PrimarySmtpAddress", Users.Bob)), asUser: Service, password: "service password");

        reply.ResponseCode.Should().Be("NoError");
        (await Server.GroupsAsync(Users.BobMailbox)).Should().ContainSingle().Which.DisplayName.Should().Be("For Bob");
    }

    [Fact]
    public async Task Impersonating_an_address_that_is_no_account_gets_ErrorNonExistentMailbox()
    {
        var reply = await Client.PostAsync(
            Requests.AddImGroup("x", Requests.Impersonating("SmtpAddress", "nobody@contoso.com")), asUser: Service, password: "service password");

        XmlAssert.Equivalent(
            Responses.Fault("ErrorNonExistentMailbox", "No mailbox is associated with the impersonated account 'nobody@contoso.com'."),
            reply.Body);
        (await Server.MailboxesAsync()).Select(m => m.SmtpAddress).Should().NotContain("nobody@contoso.com");
    }

    private async Task<HttpResponseMessage> SendAsync(string user, string password, string path = EwsClient.Endpoint)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(Requests.AddImGroup("x"), System.Text.Encoding.UTF8, "text/xml"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{user}:{password}")));
        return await Client.Http.SendAsync(request);
    }
}
