using System.Net;
using Ews.ImGroups.Host.Tests.Dashboard;
using Ews.ImGroups.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Ews.ImGroups.Host.Tests.Admin;

/// <summary>The server of <see cref="HostCheckTests"/>: open, as by default, with one public name configured.</summary>
public sealed class HostCheckServer() : SharedServer(new Dictionary<string, string?> { ["Ews:Admin:AllowedHosts:0"] = HostCheckTests.PublicName });

/// <summary>
/// A page on a name an attacker re-points at this server (DNS rebinding) sends that name as Host: the open control
/// API and the dashboard refuse it, while loopback names and the configured names work and EWS answers any name.
/// </summary>
public sealed class HostCheckTests(HostCheckServer server) : SharedServerTest<HostCheckServer>(server)
{
    internal const string PublicName = "ews.contoso.test";
    private const string Rebound = "attacker.example";

    [Fact]
    public async Task Every_control_API_route_refuses_a_rebound_host()
    {
        var routes = AdminRoutes.ControlApi(Server);
        routes.Should().Contain(("GET", "/admin/api/export")).And.Contain(("POST", "/admin/api/reset")).And.Contain(("DELETE", "/admin/api/journal"));
        using var http = ClientFor(Rebound);

        foreach (var (method, path) in routes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            request.Headers.Add("Origin", $"http://{Rebound}");
            using var response = await http.SendAsync(request);

            response.StatusCode.Should().Be(HttpStatusCode.MisdirectedRequest, $"{method} {path} is the control API's");
            (await response.Content.ReadAsStringAsync()).Should().Contain("Ews:Admin:AllowedHosts");
        }
    }

    [Fact]
    public async Task Every_dashboard_page_and_form_refuses_a_rebound_host()
    {
        var forms = AdminRoutes.DashboardForms(Server);
        forms.Should().Contain("/reset").And.Contain("/journal/clear");
        using var http = ClientFor(Rebound);

        foreach (var path in forms.Append("/login"))
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent([]) };
            request.Headers.Add("Origin", $"http://{Rebound}");
            using var response = await http.SendAsync(request);

            response.StatusCode.Should().Be(HttpStatusCode.MisdirectedRequest, $"POST {path} is a dashboard form");
            response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        }

        using var home = await http.GetAsync("/");
        home.StatusCode.Should().Be(HttpStatusCode.MisdirectedRequest);
        (await home.Content.ReadAsStringAsync()).Should().NotContain("alice@contoso.com");
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1:8080")]
    [InlineData("[::1]:8080")]
    [InlineData("dashboard.localhost")]
    [InlineData(PublicName)]
    [InlineData("EWS.Contoso.Test.")]
    public async Task Loopback_names_addresses_and_configured_names_reach_export_reset_and_the_dashboard(string host)
    {
        using var http = ClientFor(host);

        using (var export = await http.GetAsync("/admin/api/export"))
        {
            export.StatusCode.Should().Be(HttpStatusCode.OK);
            (await export.Content.ReadAsStringAsync()).Should().Contain("alice@contoso.com");
        }

        using (var reset = await http.PostAsync("/admin/api/reset", null))
        {
            reset.StatusCode.Should().Be(HttpStatusCode.NoContent);
        }

        using var form = new HttpRequestMessage(HttpMethod.Post, "/reset") { Content = new FormUrlEncodedContent([]) };
        form.Headers.Add("Origin", $"http://{host}");
        using var posted = await http.SendAsync(form);
        posted.StatusCode.Should().Be(HttpStatusCode.SeeOther);
    }

    [Fact]
    public async Task A_page_on_a_rebound_name_cannot_pass_its_own_origin_off_as_this_server()
    {
        using var http = ClientFor(PublicName);
        using var form = new HttpRequestMessage(HttpMethod.Post, "/reset") { Content = new FormUrlEncodedContent([]) };
        form.Headers.Add("Origin", $"http://{Rebound}");

        using var posted = await http.SendAsync(form);

        posted.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task EWS_answers_under_any_name()
    {
        using var ews = new EwsClient(ClientFor("autodiscover.contoso.com"), Users.Alice);

        var reply = await ews.PostAsync(Requests.GetImItemList());

        reply.Status.Should().Be(HttpStatusCode.OK);
    }

    private HttpClient ClientFor(string host) =>
        Server.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{host}"), AllowAutoRedirect = false, HandleCookies = false });
}
