using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Dashboard;

/// <summary>The server of <see cref="DashboardSignInTests"/>: the IM-list tests' server with an admin token.</summary>
public sealed class DashboardSignInServer() : SharedServer(
    new Dictionary<string, string?> { ["Ews:Admin:Token"] = DashboardSignInTests.Token }, EwsServer.ClockAt(FixedClock.ReferenceTime));

/// <summary>With an admin token set, the dashboard asks for it once and keeps it in a cookie only this site gets.</summary>
public sealed class DashboardSignInTests : ImListTest<DashboardSignInServer>
{
    internal const string Token = "dashboard-token-0123456789";
    private readonly DashboardClient dashboard;

    public DashboardSignInTests(DashboardSignInServer server)
        : base(server) => dashboard = new DashboardClient(Server);

    [Theory]
    [InlineData("/")]
    [InlineData("/mailboxes/alice@contoso.com")]
    [InlineData("/journal")]
    [InlineData("/journal/1")]
    public async Task Page_without_the_token_shows_the_sign_in_form_instead(string path)
    {
        await AddGroupAsync("Team");

        var page = await dashboard.GetAsync(path);

        page.Status.Should().Be(HttpStatusCode.Unauthorized);
        page.Main.Should().Contain("action=\"/login\"").And.Contain("name=\"token\"");
        page.Html.Should().NotContain("alice@contoso.com").And.NotContain("Team").And.NotContain("EventSource");
    }

    [Fact]
    public async Task Wrong_token_is_refused_without_a_cookie()
    {
        var login = await dashboard.PostAsync("/login", new Dictionary<string, string> { ["token"] = Token + "x" });

        login.Status.Should().Be(HttpStatusCode.Unauthorized);
        login.Main.Should().Contain("That is not the admin token.");
        login.SetCookies.Should().BeEmpty();
    }

    [Fact]
    public async Task Right_token_sets_a_cookie_that_opens_the_pages()
    {
        var login = await dashboard.PostAsync("/login", new Dictionary<string, string> { ["token"] = Token });

        login.Status.Should().Be(HttpStatusCode.SeeOther);
        login.Location.Should().Be("/");
        var cookie = login.SetCookies.Should().ContainSingle().Subject;
        cookie.Should().StartWith("ews-imgroups-admin-80=").And.Contain("httponly").And.Contain("samesite=strict");
        var page = await dashboard.GetAsync("/", cookie.Split(';')[0]);
        page.Status.Should().Be(HttpStatusCode.OK);
        page.Main.Should().Contain("alice@contoso.com");
        (await dashboard.GetAsync("/login", cookie.Split(';')[0])).Location.Should().Be("/", "a signed-in user has nothing to sign in to");
    }

    [Fact]
    public async Task Bearer_token_opens_the_pages_as_it_opens_the_control_API()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token);

        using var response = await Server.CreateClient().SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("alice@contoso.com");
    }

    [Fact]
    public async Task Buttons_without_the_token_change_nothing()
    {
        await AddGroupAsync("Team");

        var reset = await dashboard.PostAsync("/reset");
        var clear = await dashboard.PostAsync("/journal/clear");

        reset.Status.Should().Be(HttpStatusCode.Unauthorized);
        clear.Status.Should().Be(HttpStatusCode.Unauthorized);
        var cookie = await SignInAsync();
        (await dashboard.GetAsync("/mailboxes/alice@contoso.com", cookie)).Main.Should().Contain("<strong>Team</strong>");
        Markup.Rows((await dashboard.GetAsync("/journal", cookie)).Main, "journal").Should().NotBeEmpty();
    }

    [Fact]
    public async Task Cookie_holds_a_sign_in_that_reveals_nothing_of_the_token()
    {
        var cookie = await SignInAsync();
        var value = cookie[(cookie.IndexOf('=', StringComparison.Ordinal) + 1)..];

        var bytes = Encoding.UTF8.GetBytes(Token);
        value.Should().NotBeNullOrEmpty().And.NotContain(Token)
            .And.NotContain(Convert.ToBase64String(bytes).TrimEnd('=')).And.NotContain(Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_'))
            .And.NotContainEquivalentOf(Convert.ToHexString(bytes));
        (await dashboard.GetAsync("/", cookie)).Status.Should().Be(HttpStatusCode.OK, "the sign-in still opens the pages");
        (await dashboard.GetAsync("/", $"ews-imgroups-admin-80={Token}")).Status.Should().Be(HttpStatusCode.Unauthorized, "the raw token is no sign-in");
        (await dashboard.GetAsync("/", $"ews-imgroups-admin-80={value}x")).Status.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Servers_on_two_ports_of_one_host_keep_their_sign_ins_apart()
    {
        var names = new List<string>();
        foreach (var port in new[] { 5000, 5001 })
        {
            using var http = Server.CreateClient(new WebApplicationFactoryClientOptions
            {
                BaseAddress = new Uri($"http://localhost:{port}"), AllowAutoRedirect = false, HandleCookies = false,
            });
            using var request = new HttpRequestMessage(HttpMethod.Post, "/login")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = Token }),
            };
            request.Headers.Add("Origin", $"http://localhost:{port}");
            using var login = await http.SendAsync(request);
            login.StatusCode.Should().Be(HttpStatusCode.SeeOther);
            var cookie = login.Headers.GetValues("Set-Cookie").Should().ContainSingle().Subject;
            names.Add(cookie[..cookie.IndexOf('=', StringComparison.Ordinal)]);
        }

        names.Should().Equal("ews-imgroups-admin-5000", "ews-imgroups-admin-5001");
        var other = await dashboard.GetAsync("/", "ews-imgroups-admin-5000=" + (await SignInAsync()).Split('=', 2)[1]);
        other.Status.Should().Be(HttpStatusCode.Unauthorized, "a cookie named for another port is not this server's sign-in");
    }

    [Fact]
    public async Task Every_form_without_the_token_changes_nothing()
    {
        var forms = AdminRoutes.DashboardForms(Server);
        forms.Should().Contain("/reset").And.Contain("/journal/clear").And.Contain("/mailboxes/alice@contoso.com/reset");

        foreach (var path in forms)
        {
            (await dashboard.PostAsync(path)).Status.Should().Be(HttpStatusCode.Unauthorized, $"POST {path} is a dashboard form");
        }
    }

    [Fact]
    public async Task Style_sheet_is_served_without_the_token_for_the_sign_in_page()
    {
        var styles = await dashboard.GetAsync("/dashboard-assets/dashboard.css");

        styles.Status.Should().Be(HttpStatusCode.OK);
    }

    /// <summary>Signs in with the token and answers the cookie as a browser would send it back.</summary>
    private async Task<string> SignInAsync()
    {
        var login = await dashboard.PostAsync("/login", new Dictionary<string, string> { ["token"] = Token });
        return login.SetCookies.Should().ContainSingle().Subject.Split(';')[0];
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            dashboard.Dispose();
        }

        base.Dispose(disposing);
    }
}
