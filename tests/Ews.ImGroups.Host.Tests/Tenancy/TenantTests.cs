using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Ews.ImGroups.Host.Tests.Autodiscover;
using Ews.ImGroups.Host.Tests.Dashboard;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Tenancy;

/// <summary>
/// Worlds under <c>/t/{tenant}</c> on one server. The shared server resets only the default tenant between tests, so
/// each test names tenants of its own.
/// </summary>
public sealed class TenantTests(SharedServer server) : SharedServerTest<SharedServer>(server)
{
    private static readonly XNamespace Types = "http://schemas.microsoft.com/exchange/services/2006/types";

    [Fact]
    public async Task The_same_mailbox_in_two_tenants_holds_two_lists()
    {
        var (red, blue) = (NewTenant(), NewTenant());

        (await Client.PostAsync(Requests.AddImGroup("Red"), path: Ews(red))).ResponseCode.Should().Be("NoError");
        (await Client.PostAsync(Requests.AddImGroup("Blue"), path: Ews(blue))).ResponseCode.Should().Be("NoError");

        (await GroupNamesAsync(red)).Should().Contain("Red").And.NotContain("Blue");
        (await GroupNamesAsync(blue)).Should().Contain("Blue").And.NotContain("Red");
        (await GroupNamesAsync(null)).Should().NotContain("Red").And.NotContain("Blue");
        (await MailboxesAsync(null)).Should().Equal([Users.Alice, Users.Bob], "the default tenant keeps the seed");
        (await MailboxesAsync(red)).Should().Equal([Users.Alice], "a new tenant starts empty, and Alice's sign-in made her mailbox there");
    }

    [Fact]
    public async Task Ids_of_one_tenant_are_invalid_in_another()
    {
        var (red, blue) = (NewTenant(), NewTenant());
        (await Client.PostAsync(Requests.AddImGroup("Mine"), path: Ews(blue))).ResponseCode.Should().Be("NoError");
        var groupId = (await Client.PostAsync(Requests.AddImGroup("Mine"), path: Ews(red))).StoreId!;

        var elsewhere = await Client.PostAsync(Requests.SetImGroup(groupId, "Stolen"), path: Ews(blue));
        var inDefault = await Client.PostAsync(Requests.SetImGroup(groupId, "Stolen"), path: EwsClient.Endpoint);
        var atHome = await Client.PostAsync(Requests.SetImGroup(groupId, "Renamed"), path: Ews(red));

        elsewhere.ResponseCode.Should().Be("ErrorInvalidIdMalformed", "the id is signed with another tenant's key");
        inDefault.ResponseCode.Should().Be("ErrorInvalidIdMalformed");
        atHome.ResponseCode.Should().Be("NoError");
        (await GroupNamesAsync(blue)).Should().Contain("Mine").And.NotContain("Stolen");
    }

    [Fact]
    public async Task Reset_chaos_and_journal_of_one_tenant_leave_the_other_untouched()
    {
        var (red, blue) = (NewTenant(), NewTenant());
        foreach (var tenant in new[] { red, blue })
        {
            (await Client.PostAsync(Requests.AddImGroup("Kept"), path: Ews(tenant))).ResponseCode.Should().Be("NoError");
        }

        var rule = new { effect = "ServerBusy", operation = "GetImItemList" };
        (await AdminHttp.PostAsync(Client.Http, Admin(red, "/chaos"), rule)).Status.Should().Be(HttpStatusCode.Created);
        (await Client.PostAsync(Requests.GetImItemList(), path: Ews(red))).ResponseCode.Should().Be("ErrorServerBusy");
        (await Client.PostAsync(Requests.GetImItemList(), path: Ews(blue))).ResponseCode.Should().Be("NoError");
        (await AdminHttp.GetAsync(Client.Http, Admin(blue, "/chaos"))).Body.GetArrayLength().Should().Be(0);
        (await AdminHttp.GetAsync(Client.Http, "/admin/api/chaos")).Body.GetArrayLength().Should().Be(0);

        (await AdminHttp.PostAsync(Client.Http, Admin(red, "/reset"))).Status.Should().Be(HttpStatusCode.NoContent);
        (await AdminHttp.DeleteAsync(Client.Http, Admin(red, "/journal"))).Status.Should().Be(HttpStatusCode.NoContent);
        (await AdminHttp.DeleteAsync(Client.Http, Admin(red, "/chaos"))).Status.Should().Be(HttpStatusCode.NoContent);

        (await GroupNamesAsync(red)).Should().NotContain("Kept");
        (await GroupNamesAsync(blue)).Should().Contain("Kept");
        (await JournalAsync(red)).Should().ContainSingle("the list read after the clear is its only entry")
            .Which.GetProperty("operation").GetString().Should().Be("GetImItemList");
        (await JournalAsync(blue)).Select(e => e.GetProperty("operation").GetString())
            .Should().Equal("GetImItemList", "GetImItemList", "AddImGroup");
        (await JournalAsync(null)).Should().BeEmpty("the default tenant's journal shows none of the tenants' traffic");
    }

    [Fact]
    public async Task Under_parallel_load_on_two_tenants_nothing_crosses()
    {
        const int PerTenant = 40;
        var (red, blue) = (NewTenant(), NewTenant());

        var writes = Enumerable.Range(0, PerTenant).SelectMany(i => new[]
        {
            Client.PostAsync(Requests.AddImGroup($"{red}-{i}"), path: Ews(red)),
            Client.PostAsync(Requests.AddImGroup($"{blue}-{i}"), path: Ews(blue)),
            Client.PostAsync(Requests.GetImItemList(), path: Ews(i % 2 == 0 ? red : blue)),
        });
        var replies = await Task.WhenAll(writes);

        replies.Should().OnlyContain(r => r.Status == HttpStatusCode.OK && r.ResponseCode == "NoError");
        (await GroupNamesAsync(red)).Where(n => n.Contains('-', StringComparison.Ordinal))
            .Should().BeEquivalentTo(Enumerable.Range(0, PerTenant).Select(i => $"{red}-{i}"));
        (await GroupNamesAsync(blue)).Where(n => n.Contains('-', StringComparison.Ordinal))
            .Should().BeEquivalentTo(Enumerable.Range(0, PerTenant).Select(i => $"{blue}-{i}"));
        (await JournalAsync(red)).Count(e => e.GetProperty("operation").GetString() == "AddImGroup").Should().Be(PerTenant);
        (await JournalAsync(blue)).Count(e => e.GetProperty("operation").GetString() == "AddImGroup").Should().Be(PerTenant);
    }

    [Fact]
    public async Task Autodiscover_and_the_control_API_answer_with_the_tenant_prefix()
    {
        var tenant = NewTenant();

        var (_, info) = await AdminHttp.GetAsync(Client.Http, Admin(tenant, "/server"));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/t/{tenant}{AutodiscoverMessages.Path}")
        {
            Content = new StringContent(AutodiscoverMessages.Request(Users.Alice), Encoding.UTF8, "text/xml"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Users.Alice}:secret")));
        using var autodiscover = await Client.Http.SendAsync(request);

        using var created = await Client.Http.PostAsync(
            new Uri(Admin(tenant, "/mailboxes"), UriKind.Relative), new StringContent("{\"smtpAddress\":\"carol@fabrikam.com\"}", Encoding.UTF8, "application/json"));

        created.Headers.Location!.ToString().Should().Be($"/t/{tenant}/admin/api/mailboxes/carol%40fabrikam.com");
        info.GetProperty("ewsUrl").GetString().Should().Be($"http://localhost/t/{tenant}/EWS/Exchange.asmx");
        info.GetProperty("counts").GetProperty("mailboxes").GetInt32().Should().Be(0);
        (await autodiscover.Content.ReadAsStringAsync()).Should().Contain($"http://localhost/t/{tenant}/EWS/Exchange.asmx");
    }

    [Fact]
    public async Task The_dashboard_under_a_tenant_shows_its_mailboxes_and_keeps_the_prefix_in_every_address()
    {
        var tenant = NewTenant();
        (await Client.PostAsync(Requests.AddImGroup("Team"), path: Ews(tenant))).ResponseCode.Should().Be("NoError");
        using var dashboard = new DashboardClient(Server);

        var home = await dashboard.GetAsync($"/t/{tenant}/");
        var reset = await dashboard.PostAsync($"/t/{tenant}/reset", new Dictionary<string, string> { ["return"] = "/journal" });

        home.Status.Should().Be(HttpStatusCode.OK);
        home.Html.Should().Contain($"href=\"/t/{tenant}/mailboxes/{Users.Alice}\"").And.NotContain(Users.Bob, "Bob has no mailbox in this tenant")
            .And.Contain($"href=\"/t/{tenant}/journal\"").And.Contain($"action=\"/t/{tenant}/reset\"")
            .And.Contain($"src=\"/t/{tenant}/dashboard-assets/").And.Contain($"data-events=\"/t/{tenant}/admin/api/events\"")
            .And.NotContain("href=\"/mailboxes", "no address leaves the tenant");
        reset.Status.Should().Be(HttpStatusCode.SeeOther);
        reset.Location.Should().Be($"/t/{tenant}/journal");
        (await MailboxesAsync(tenant)).Should().BeEmpty("the tenant's reset emptied it");
        (await MailboxesAsync(null)).Should().Equal(Users.Alice, Users.Bob);
    }

    [Theory]
    [InlineData("/t/-nope/EWS/Exchange.asmx")]
    [InlineData("/t/no_underscores/admin/api/server")]
    [InlineData("/t/waytoolong-waytoolong-waytoolong-waytoolong-waytoolong-waytoolong/admin/api/server")]
    public async Task A_path_naming_no_valid_tenant_is_not_found(string path)
    {
        using var response = await Client.Http.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain("names no tenant");
    }

    private static string NewTenant() => $"t{Guid.NewGuid():N}"[..12];

    private static string Ews(string tenant) => $"/t/{tenant}{EwsClient.Endpoint}";

    private static string Admin(string? tenant, string path) => tenant is null ? $"/admin/api{path}" : $"/t/{tenant}/admin/api{path}";

    private async Task<List<string>> GroupNamesAsync(string? tenant) =>
        (await ListAsync(tenant)).Descendants(Types + "ImGroup").Select(g => g.Element(Types + "DisplayName")!.Value).ToList();

    private async Task<List<string?>> MailboxesAsync(string? tenant) =>
        (await AdminHttp.GetAsync(Client.Http, Admin(tenant, "/mailboxes"))).Body.GetProperty("mailboxes").EnumerateArray()
            .Select(m => m.GetProperty("smtpAddress").GetString()).ToList();

    private async Task<XDocument> ListAsync(string? tenant)
    {
        var reply = await Client.PostAsync(Requests.GetImItemList(), path: tenant is null ? EwsClient.Endpoint : Ews(tenant));
        reply.ResponseCode.Should().Be("NoError");
        return reply.Xml;
    }

    private async Task<List<JsonElement>> JournalAsync(string? tenant) =>
        (await AdminHttp.GetAsync(Client.Http, Admin(tenant, "/journal"))).Body.GetProperty("entries").EnumerateArray().ToList();
}
