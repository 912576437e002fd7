using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Ews.ImGroups.Host.Identity;
using Ews.ImGroups.Host.Tests.Identity;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Autodiscover;

/// <summary>The server of <see cref="AutodiscoverIdentityTests"/>: Strict mode and bearer tokens, in the realm Lab.</summary>
public sealed class AutodiscoverIdentityServer() : SharedServer(AutodiscoverIdentityTests.Settings, EwsServer.ClockAt(FixedClock.ReferenceTime));

/// <summary>Autodiscover signs callers in exactly as EWS does: Strict-mode accounts and bearer tokens.</summary>
public sealed class AutodiscoverIdentityTests(AutodiscoverIdentityServer server) : SharedServerTest<AutodiscoverIdentityServer>(server)
{
    private const string Service = "service@contoso.com";

    /// <summary>The deployment id of a server whose realm is <c>Lab</c>.</summary>
    private const string LabDeploymentId = "d58c6dfe-c179-813a-bf5e-d64f91ed9a8e";

    internal static readonly Dictionary<string, string?> Settings = new()
    {
        ["Ews:Realm"] = "Lab",
        ["Ews:Authentication:Mode"] = "Strict",
        ["Ews:Authentication:Accounts:0:SmtpAddress"] = Users.Alice,
        ["Ews:Authentication:Accounts:0:Password"] = "secret",
        ["Ews:Authentication:Accounts:1:SmtpAddress"] = Service,
        ["Ews:Authentication:Accounts:1:PasswordHash"] = PasswordHashes.Hash("service password"),
        ["Ews:Authentication:Accounts:1:MayImpersonate"] = "true",
        ["Ews:Authentication:Accounts:2:SmtpAddress"] = Users.Bob,
        ["Ews:Authentication:Accounts:2:Password"] = "bob's",
        ["Ews:Authentication:Bearer:Enabled"] = "true",
        ["Ews:Authentication:Bearer:SigningKey"] = Tokens.Key,
    };

    private HttpClient Http => Client.Http;

    [Fact]
    public async Task Configured_account_with_its_password_gets_its_settings()
    {
        var reply = await Http.PostAsync(AutodiscoverMessages.Request(Users.Alice));

        reply.Status.Should().Be(HttpStatusCode.OK);
        XmlAssert.Equivalent(AutodiscoverMessages.Settings("Alice Anders", Users.Alice, deploymentId: LabDeploymentId), reply.Body);
    }

    [Fact]
    public async Task Unknown_user_and_wrong_password_get_the_same_401_with_both_challenges()
    {
        var unknown = await Http.PostAsync(AutodiscoverMessages.Request("mallory@contoso.com"), user: "mallory@contoso.com");
        var wrong = await Http.PostAsync(AutodiscoverMessages.Request(Users.Alice), password: "not the secret");

        unknown.Status.Should().Be(HttpStatusCode.Unauthorized);
        wrong.Status.Should().Be(HttpStatusCode.Unauthorized);
        Challenges(unknown.Raw).Should().Equal(Challenges(wrong.Raw)).And.Equal("Basic realm=\"Lab\"", "Bearer realm=\"Lab\"");
        unknown.Body.Should().BeEmpty();
        (await Server.MailboxesAsync()).Select(m => m.SmtpAddress).Should().NotContain("mallory@contoso.com");
    }

    [Fact]
    public async Task Signed_bearer_token_gets_the_settings_of_its_mailbox()
    {
        var reply = await PostWithTokenAsync(Tokens.Hs256(new { upn = Users.Bob, exp = Tokens.In(TimeSpan.FromHours(1)) }), Users.Bob);

        XmlAssert.Equivalent(AutodiscoverMessages.Settings("Bob Brown", Users.Bob, deploymentId: LabDeploymentId), reply.Body);
    }

    [Fact]
    public async Task Refused_bearer_token_gets_401_saying_why()
    {
        var reply = await PostWithTokenAsync(Tokens.Hs256(new { upn = Users.Bob }, "a key this server has never been given"), Users.Bob);

        reply.Status.Should().Be(HttpStatusCode.Unauthorized);
        var challenges = Challenges(reply.Raw);
        challenges.Should().HaveCount(2);
        challenges[1].Should().StartWith("Bearer realm=\"Lab\", error=\"invalid_token\", error_description=\"");
    }

    [Fact]
    public async Task Account_that_may_impersonate_gets_another_account_s_settings()
    {
        var reply = await Http.PostAsync(AutodiscoverMessages.Request(Users.Bob), user: Service, password: "service password");

        XmlAssert.Equivalent(AutodiscoverMessages.Settings("Bob Brown", Users.Bob, deploymentId: LabDeploymentId), reply.Body);
    }

    [Fact]
    public async Task Address_that_is_no_account_gets_error_500_and_no_mailbox()
    {
        var reply = await Http.PostAsync(AutodiscoverMessages.Request("nobody@contoso.com"), user: Service, password: "service password");

        XmlAssert.Equivalent(AutodiscoverMessages.AddressNotFound(reply.ErrorId), reply.Body);
        (await Server.MailboxesAsync()).Select(m => m.SmtpAddress).Should().NotContain("nobody@contoso.com");
    }

    [Fact]
    public async Task Account_that_may_not_impersonate_gets_error_500_for_another_account()
    {
        var reply = await Http.PostAsync(AutodiscoverMessages.Request(Service));

        XmlAssert.Equivalent(AutodiscoverMessages.AddressNotFound(reply.ErrorId), reply.Body);
    }

    private static List<string> Challenges(HttpResponseMessage response) => response.Headers.WwwAuthenticate.Select(h => h.ToString()).ToList();

    private async Task<AutodiscoverReply> PostWithTokenAsync(string token, string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, AutodiscoverMessages.Path)
        {
            Content = new StringContent(AutodiscoverMessages.Request(address), Encoding.UTF8, "text/xml"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await AutodiscoverReply.ReadAsync(await Http.SendAsync(request));
    }
}
