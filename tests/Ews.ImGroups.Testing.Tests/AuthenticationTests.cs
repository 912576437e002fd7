using System.Net;
using System.Net.Http.Headers;
using Ews.ImGroups.Testing;

namespace Ews.ImGroups.Testing.Tests;

public sealed class AuthenticationTests
{
    private const string AdminToken = "a-control-api-token-for-tests";

    [Fact]
    public async Task In_strict_mode_seeded_mailboxes_sign_in_with_their_passwords_and_no_one_else_does()
    {
        await using var server = await EwsImGroupsServer.StartAsync(o =>
        {
            o.AuthenticationMode = EwsAuthenticationMode.Strict;
            Seeds.AliceWithTeam(o);
            o.Mailbox("bob@contoso.com").WithPassword("Bobs-own-passw0rd");
        });

        (await server.CreateClient("alice@contoso.com").GetImItemListAsync()).Personas.Should().HaveCount(2);
        (await server.CreateClient("bob@contoso.com").GetImItemListAsync()).Personas.Should().BeEmpty();

        var wrongPassword = () => server.CreateClient("alice@contoso.com", "not-her-password").GetImItemListAsync();
        var unknown = () => server.CreateClient("mallory@contoso.com").GetImItemListAsync();
        (await wrongPassword.Should().ThrowAsync<HttpRequestException>()).Which.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await unknown.Should().ThrowAsync<HttpRequestException>()).Which.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Strict_accounts_come_back_after_a_reset()
    {
        await using var server = await EwsImGroupsServer.StartAsync(o =>
        {
            o.AuthenticationMode = EwsAuthenticationMode.Strict;
            Seeds.AliceWithTeam(o);
        });

        await server.ResetAsync();

        (await server.CreateClient("alice@contoso.com").GetImItemListAsync()).Personas.Should().HaveCount(2);
    }

    [Fact]
    public async Task With_an_admin_token_the_control_api_wants_it_and_the_server_sends_it()
    {
        await using var server = await EwsImGroupsServer.StartAsync(o =>
        {
            Seeds.AliceWithTeam(o);
            o.AdminToken = AdminToken;
        });
        using var http = server.CreateHttpClient();

        using var withoutToken = await http.GetAsync(new Uri(server.ControlApiUrl + "/server"));
        await server.ResetAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.ControlApiUrl + "/server"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", server.AdminToken);
        using var withToken = await http.SendAsync(request);

        withoutToken.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        withToken.StatusCode.Should().Be(HttpStatusCode.OK);
        (await server.Admin.GetMailboxAsync("alice@contoso.com")).SmtpAddress.Should().Be("alice@contoso.com", "the admin client carries the token");
    }
}
