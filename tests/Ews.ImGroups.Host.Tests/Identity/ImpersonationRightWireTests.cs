using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Identity;

/// <summary>The server of <see cref="ImpersonationRightWireTests"/>: Strict accounts, signing in by password or bearer token.</summary>
public sealed class StrictBearerServer() : SharedServer(new Dictionary<string, string?>(StrictModeWireTests.Settings)
{
    ["Ews:Authentication:Bearer:Enabled"] = "true",
    ["Ews:Authentication:Bearer:SigningKey"] = Tokens.Key,
    ["Ews:Authentication:Bearer:Audience"] = Tokens.Audience,
});

/// <summary>
/// The impersonation right of a Strict account holds on every request, not only the first: a repeat sign-in skips the
/// password hash, and must still carry the account's own right.
/// </summary>
public sealed class ImpersonationRightWireTests(StrictBearerServer server) : SharedServerTest<StrictBearerServer>(server)
{
    private const string Service = "service@contoso.com";
    private const string Denied = "The account does not have permission to impersonate the requested user.";

    private static readonly Dictionary<string, string> Passwords = new()
    {
        [Users.Alice] = "secret",
        [Service] = "service password",
    };

    [Theory]
    [InlineData("Basic")]
    [InlineData("Bearer")]
    public async Task Account_without_the_right_is_refused_impersonation_after_a_plain_request(string scheme)
    {
        using var plain = await SendAsync(scheme, Users.Alice, Requests.GetImItemList());
        using var impersonating = await SendAsync(scheme, Users.Alice, Requests.AddImGroup("Theirs", Requests.Impersonating("PrimarySmtpAddress", Users.Bob)));

        plain.StatusCode.Should().Be(HttpStatusCode.OK);
        impersonating.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        XmlAssert.Equivalent(Responses.Fault("ErrorImpersonateUserDenied", Denied), await impersonating.Content.ReadAsStringAsync());
        (await Server.GroupsAsync(Users.BobMailbox)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Basic")]
    [InlineData("Bearer")]
    public async Task Account_with_the_right_impersonates_after_a_plain_request(string scheme)
    {
        using var plain = await SendAsync(scheme, Service, Requests.GetImItemList());
        using var impersonating = await SendAsync(scheme, Service, Requests.AddImGroup("For Bob", Requests.Impersonating("PrimarySmtpAddress", Users.Bob)));

        plain.StatusCode.Should().Be(HttpStatusCode.OK);
        impersonating.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Server.GroupsAsync(Users.BobMailbox)).Should().ContainSingle().Which.DisplayName.Should().Be("For Bob");
    }

    private async Task<HttpResponseMessage> SendAsync(string scheme, string user, string envelope)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, EwsClient.Endpoint)
        {
            Content = new StringContent(envelope, Encoding.UTF8, "text/xml"),
        };
        request.Headers.Authorization = scheme == "Basic"
            ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{Passwords[user]}")))
            : new AuthenticationHeaderValue("Bearer", Tokens.Hs256(new { upn = user, aud = Tokens.Audience, exp = Tokens.In(TimeSpan.FromHours(1)) }));
        return await Client.Http.SendAsync(request);
    }
}
