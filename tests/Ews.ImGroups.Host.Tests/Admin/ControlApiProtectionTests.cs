using System.Net;
using System.Net.Http.Headers;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Admin;

/// <summary>The server of <see cref="ControlApiProtectionTests"/>: the control API needs a token.</summary>
public sealed class ProtectedControlApiServer() : SharedServer(new Dictionary<string, string?> { ["Ews:Admin:Token"] = ControlApiProtectionTests.Token });

public sealed class ControlApiProtectionTests(ProtectedControlApiServer server) : SharedServerTest<ProtectedControlApiServer>(server)
{
    internal const string Token = "a-token-for-the-control-api";

    [Fact]
    public async Task Without_the_token_every_route_answers_401_with_a_problem()
    {
        var routes = AdminRoutes.ControlApi(Server);
        routes.Should().HaveCountGreaterThan(15).And.Contain(("DELETE", "/admin/api/journal")).And.Contain(("GET", "/admin/api/events"));

        foreach (var (method, path) in routes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            using var response = await Client.Http.SendAsync(request);

            response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, $"{method} {path} is the control API's");
            await AdminHttp.ShouldBeProblemAsync(response, HttpStatusCode.Unauthorized, "Authorization: Bearer");
            response.Headers.WwwAuthenticate.ToString().Should().Be("Bearer realm=\"Ews.ImGroups control API\"");
        }
    }

    [Fact]
    public async Task With_the_token_a_rebound_name_still_cannot_make_changes_from_its_own_pages()
    {
        using var http = Server.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example") });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/api/reset");
        request.Headers.Add("Origin", "http://evil.example");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await http.SendAsync(request);

        await AdminHttp.ShouldBeProblemAsync(response, HttpStatusCode.Forbidden, "another site");
    }

    [Fact]
    public async Task A_change_from_another_site_is_refused_before_the_token_is_asked_for()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/api/reset");
        request.Headers.Add("Origin", "http://evil.example");
        using var response = await Client.Http.SendAsync(request);

        await AdminHttp.ShouldBeProblemAsync(response, HttpStatusCode.Forbidden, "another site");
        response.Headers.WwwAuthenticate.Should().BeEmpty();
    }

    [Fact]
    public async Task A_wrong_token_or_a_Basic_login_is_refused()
    {
        foreach (var authorization in new[] { new AuthenticationHeaderValue("Bearer", "not-the-token-at-all"), new AuthenticationHeaderValue("Basic", "YWxpY2U6eA==") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/api/mailboxes");
            request.Headers.Authorization = authorization;
            using var response = await Client.Http.SendAsync(request);
            response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }
    }

    [Fact]
    public async Task The_token_opens_the_API_and_the_server_says_it_is_protected()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/api/server");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await Client.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"controlApiProtected\":true");
    }

    [Fact]
    public async Task The_token_does_not_stand_in_for_EWS_credentials()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, EwsClient.Endpoint) { Content = new StringContent(Requests.GetImItemList()) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/xml");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await Client.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
