using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Ews.ImGroups.Host.Chaos;
using Ews.ImGroups.Host.Journal;
using Ews.ImGroups.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Host.Tests.Dashboard;

/// <summary>The dashboard's pages and forms, read and posted as a browser without scripts would.</summary>
public sealed class DashboardPageTests : ImListTest
{
    private const string AlicePage = "/mailboxes/alice@contoso.com";
    private readonly DashboardClient dashboard;

    public DashboardPageTests(FixedClockServer server)
        : base(server) => dashboard = new DashboardClient(Server);

    [Fact]
    public async Task Start_page_lists_the_seeded_mailboxes_with_the_size_of_their_lists()
    {
        await AddGroupAsync("Team");

        var page = await dashboard.GetAsync("/");

        page.Status.Should().Be(HttpStatusCode.OK);
        page.ContentType.Should().Be("text/html; charset=utf-8");
        var alice = Markup.Row(page.Main, $"href=\"{AlicePage}\"");
        alice.Should().Contain("Alice Anders").And.Contain("<td class=\"num\">4</td>", "three system groups and Team");
        Markup.Row(page.Main, "href=\"/mailboxes/bob@contoso.com\"").Should().Contain("Bob Brown").And.Contain("<td class=\"num\">3</td>");
        page.Main.Should().Contain("http://localhost/EWS/Exchange.asmx").And.Contain("None: every request is answered as usual.");
    }

    [Fact]
    public async Task Start_page_shows_the_mailboxes_a_hundred_at_a_time_with_links_to_the_other_pages()
    {
        var seed = new { mailboxes = Enumerable.Range(0, 250).Select(i => new { smtpAddress = $"user{i:D3}@fabrikam.com" }).ToArray() };
        (await AdminHttp.PostAsync(Client.Http, "/admin/api/seed", seed)).Status.Should().Be(HttpStatusCode.NoContent);

        var first = (await dashboard.GetAsync("/")).Main;
        var middle = (await dashboard.GetAsync("/?offset=100")).Main;
        var last = (await dashboard.GetAsync("/?offset=200")).Main;
        var misspelt = (await dashboard.GetAsync("/?offset=x")).Main;

        MailboxLinks(first).Should().HaveCount(100).And.StartWith(AlicePage);
        first.Should().Contain("<span>1–100 of 252</span>").And.Contain("<a href=\"/?offset=100\" rel=\"next\">")
            .And.Contain("<a href=\"/?offset=200\" rel=\"last\">").And.NotContain("rel=\"prev\"");
        MailboxLinks(middle).Should().HaveCount(100).And.StartWith("/mailboxes/user098@fabrikam.com");
        middle.Should().Contain("<span>101–200 of 252</span>").And.Contain("<a href=\"/\" rel=\"prev\">").And.Contain("<a href=\"/?offset=200\" rel=\"next\">");
        MailboxLinks(last).Should().HaveCount(52).And.EndWith("/mailboxes/user249@fabrikam.com");
        last.Should().Contain("<span>201–252 of 252</span>").And.Contain("<a href=\"/?offset=100\" rel=\"prev\">").And.NotContain("rel=\"next\"");
        MailboxLinks(misspelt).Should().Equal(MailboxLinks(first), "a page the server cannot read starts at the beginning");
    }

    [Fact]
    public async Task Start_page_of_a_small_store_has_no_page_links()
    {
        (await dashboard.GetAsync("/")).Main.Should().NotContain("class=\"pages\"");
    }

    [Fact]
    public async Task Start_page_shows_the_chaos_rules_in_force()
    {
        await Server.Services.GetRequiredService<ChaosRules>().AddAsync(
            new ChaosRuleDefinition
            {
                Operation = "AddImGroup", Mailbox = Users.Bob, Times = 2, Effect = ChaosEffect.ErrorResponse, ResponseCode = "ErrorImGroupLimitReached",
            },
            CancellationToken.None);

        var page = await dashboard.GetAsync("/");

        var rule = Markup.Row(page.Main, "ErrorResponse ErrorImGroupLimitReached");
        rule.Should().Contain("<td>AddImGroup</td>").And.Contain($"<td>{Users.Bob}</td>").And.Contain("<td class=\"num\">2</td>");
        page.Main.Should().NotContain("None: every request is answered as usual.");
    }

    [Fact]
    public async Task Mailbox_page_shows_groups_members_and_personas_with_the_ids_the_SOAP_answers_gave()
    {
        var team = await AddGroupAsync("Team");
        var added = await ExpectSuccessAsync(Requests.AddNewImContactToGroup("sip:tony@contoso.com", "Tony Smith", team));
        var list = await ListAsync();

        var page = await dashboard.GetAsync(AlicePage);

        page.Status.Should().Be(HttpStatusCode.OK);
        var members = list.MemberIds(team);
        members.Should().Equal(added.SourceIds());
        var group = Markup.Row(page.Main, "<strong>Team</strong>");
        group.Should().Contain(team).And.Contain(list.GroupChangeKey(team)).And.Contain("Tony Smith").And.Contain(members.Single());
        var persona = Markup.Row(page.Main, "<strong>Tony Smith</strong>");
        persona.Should().Contain(added.PersonaId()).And.Contain(added.SourceIds().Single()).And.Contain("sip:tony@contoso.com");
        list.PersonaIds().Should().Equal(added.PersonaId());
    }

    [Fact]
    public async Task Mailbox_page_shows_the_photo_and_a_persona_s_linked_contacts_with_their_folders()
    {
        await ExpectSuccessAsync(Requests.AddNewImContactToGroup("dave@contoso.com", "Davey"));

        var alice = await dashboard.GetAsync(AlicePage);
        var bob = await dashboard.GetAsync("/mailboxes/bob@contoso.com");

        alice.Main.Should().Contain("<dt>Photo</dt><dd><span class=\"none\">none</span></dd>");
        bob.Main.Should().Contain("<img class=\"photo\" src=\"/admin/api/photos/bob@contoso.com\" alt=\"Photo of bob@contoso.com\"");
        bob.ContentSecurityPolicy.Should().Contain("img-src 'self'");
        var dave = Markup.Row(alice.Main, "<strong>Dave Diaz</strong>");
        dave.Should().Contain("2 linked contacts").And.Contain("<span class=\"badge\">Contacts</span>").And.Contain("<span class=\"badge\">Quick Contacts</span>");
    }

    [Fact]
    public async Task Page_of_an_unknown_mailbox_is_not_found()
    {
        var page = await dashboard.GetAsync("/mailboxes/nobody@contoso.com");

        page.Status.Should().Be(HttpStatusCode.NotFound);
        page.Main.Should().Contain("There is no mailbox &#x27;nobody@contoso.com&#x27;.");
    }

    [Fact]
    public async Task Journal_lists_exchanges_newest_first_and_filters_by_mailbox_operation_and_code()
    {
        await AddGroupAsync("Team");
        await Client.PostAsync(Requests.AddImGroup("team"));
        await ListAsync(Users.Bob);

        var all = Markup.Rows((await dashboard.GetAsync("/journal")).Main, "journal");
        var byOperation = Markup.Rows((await dashboard.GetAsync("/journal?operation=AddImGroup")).Main, "journal");
        var byCode = Markup.Rows((await dashboard.GetAsync("/journal?code=ErrorImGroupDisplayNameAlreadyExists")).Main, "journal");
        var byMailbox = await dashboard.GetAsync("/journal?mailbox=bob@contoso.com&operation=&code=");

        all.Should().HaveCount(3);
        all[0].Should().Contain("GetImItemList").And.Contain(Users.Bob);
        all[1].Should().Contain("AddImGroup").And.Contain("Error ErrorImGroupDisplayNameAlreadyExists");
        all[2].Should().Contain("AddImGroup").And.Contain("Success NoError").And.Contain(Users.Alice);
        byOperation.Should().HaveCount(2).And.OnlyContain(r => r.Contains("AddImGroup", StringComparison.Ordinal));
        byCode.Should().ContainSingle().Which.Should().Contain("ErrorImGroupDisplayNameAlreadyExists");
        Markup.Rows(byMailbox.Main, "journal").Should().ContainSingle().Which.Should().Contain("GetImItemList");
        byMailbox.Main.Should().Contain("value=\"bob@contoso.com\"", "the filter form shows the filter in force");
    }

    [Fact]
    public async Task Journal_entry_shows_request_and_response_XML_indented_with_copy_buttons()
    {
        var reply = await ExpectSuccessAsync(Requests.AddImGroup("Team"));
        var id = (await Server.Services.GetRequiredService<RequestJournal>().ListAsync(new JournalFilter(null, null, null, null, 1), CancellationToken.None)).Single().Id;

        var page = await dashboard.GetAsync($"/journal/{id}");

        page.Status.Should().Be(HttpStatusCode.OK);
        page.Main.Should().Contain("data-copy=\"request-xml\"").And.Contain("data-copy=\"response-xml\"");
        var response = Markup.TextOf(page.Main, "response-xml");
        reply.Body.Should().NotContain("\n", "the server answers on one line, so the lines here are the dashboard's");
        response.Split('\n').Should().Contain(line => line.StartsWith("    <AddImGroupResponse ", StringComparison.Ordinal));
        XNode.DeepEquals(XDocument.Parse(response), XDocument.Parse(reply.Body)).Should().BeTrue("indenting must not change the XML");
        Markup.TextOf(page.Main, "request-xml").Should().Contain("<m:DisplayName>Team</m:DisplayName>");
    }

    [Fact]
    public async Task Journal_entry_that_is_gone_is_not_found()
    {
        var page = await dashboard.GetAsync("/journal/42");

        page.Status.Should().Be(HttpStatusCode.NotFound);
        page.Main.Should().Contain("The journal holds no entry 42");
    }

    [Fact]
    public async Task Names_clients_chose_show_as_text_never_as_markup()
    {
        const string script = "<script>alert(1)</script>";
        const string image = "\"><img src=x onerror=alert(2)>";
        var group = await AddGroupAsync(WebUtility.HtmlEncode(script));
        await ExpectSuccessAsync(Requests.AddNewImContactToGroup("sip:mallory@contoso.com", WebUtility.HtmlEncode(image), group));

        string[] pages = ["/", AlicePage, "/journal", .. await JournalEntryPagesAsync(), $"/journal?mailbox={Uri.EscapeDataString(image)}"];
        foreach (var path in pages)
        {
            var page = await dashboard.GetAsync(path);
            page.Html.Should().NotContain("<script>alert").And.NotContain("<img", $"{path} must encode what clients sent");
        }

        var mailbox = (await dashboard.GetAsync(AlicePage)).Main;
        mailbox.Should().Contain("<strong>&lt;script&gt;alert(1)&lt;/script&gt;</strong>");
        mailbox.Should().Contain("<strong>&quot;&gt;&lt;img src=x onerror=alert(2)&gt;</strong>");
    }

    [Fact]
    public async Task Reset_everything_brings_back_the_seed_and_returns_to_the_page_the_form_was_on()
    {
        await AddGroupAsync("Team");
        await ListAsync("carol@contoso.com");

        var reset = await dashboard.PostAsync("/reset", Return(AlicePage));

        reset.Status.Should().Be(HttpStatusCode.SeeOther);
        reset.Location.Should().Be(AlicePage);
        (await dashboard.GetAsync(AlicePage)).Main.Should().NotContain("Team");
        (await dashboard.GetAsync("/")).Main.Should().NotContain("carol@contoso.com", "mailboxes clients made are gone");
    }

    [Fact]
    public async Task Reset_this_mailbox_resets_that_mailbox_alone()
    {
        await AddGroupAsync("Team");
        await AddGroupAsync("Bobs", Users.Bob);

        var reset = await dashboard.PostAsync("/mailboxes/alice@contoso.com/reset", Return(AlicePage));

        reset.Status.Should().Be(HttpStatusCode.SeeOther);
        reset.Location.Should().Be(AlicePage);
        (await dashboard.GetAsync(AlicePage)).Main.Should().NotContain("Team");
        (await dashboard.GetAsync("/mailboxes/bob@contoso.com")).Main.Should().Contain("<strong>Bobs</strong>");
        (await dashboard.PostAsync("/mailboxes/nobody@contoso.com/reset")).Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Clear_journal_empties_it()
    {
        await AddGroupAsync("Team");

        var clear = await dashboard.PostAsync("/journal/clear", Return("/journal?operation=AddImGroup"));

        clear.Status.Should().Be(HttpStatusCode.SeeOther);
        clear.Location.Should().Be("/journal?operation=AddImGroup");
        var journal = await dashboard.GetAsync("/journal");
        Markup.Rows(journal.Main, "journal").Should().BeEmpty();
        journal.Main.Should().Contain("0 of 0 entries shown");
    }

    [Theory]
    [InlineData("//evil.example/page")]
    [InlineData("/\\evil.example/page")]
    [InlineData("https://evil.example/page")]
    [InlineData("journal")]
    public async Task Form_never_sends_the_browser_to_another_site(string returnTo)
    {
        var clear = await dashboard.PostAsync("/journal/clear", Return(returnTo));

        clear.Status.Should().Be(HttpStatusCode.SeeOther);
        clear.Location.Should().Be("/journal");
    }

    [Theory]
    [InlineData("http://evil.example", null)]
    [InlineData("http://localhost.evil.example", null)]
    [InlineData("http://localhost:8080", null)]
    [InlineData("null", null)]
    [InlineData(null, "http://evil.example/journal")]
    [InlineData(null, null)]
    public async Task Form_posted_from_another_site_is_refused_and_changes_nothing(string? origin, string? referer)
    {
        await AddGroupAsync("Team");

        var posts = new[] { "/reset", "/mailboxes/alice@contoso.com/reset", "/journal/clear", "/login" };
        foreach (var path in posts)
        {
            var refused = await dashboard.PostAsync(path, Return("/"), origin, referer);
            refused.Status.Should().Be(HttpStatusCode.Forbidden, path);
            refused.Main.Should().Contain("This form was not sent from a page of this server.");
        }

        Markup.Row((await dashboard.GetAsync(AlicePage)).Main, "<strong>Team</strong>").Should().NotBeEmpty();
        Markup.Rows((await dashboard.GetAsync("/journal")).Main, "journal").Should().NotBeEmpty();
    }

    [Fact]
    public async Task Form_from_this_server_is_known_by_its_Referer_when_the_browser_sends_no_Origin()
    {
        var clear = await dashboard.PostAsync("/journal/clear", Return("/journal"), origin: null, referer: "http://localhost/journal");

        clear.Status.Should().Be(HttpStatusCode.SeeOther);
    }

    [Fact]
    public async Task Pages_load_nothing_but_the_servers_own_files()
    {
        await AddGroupAsync("Team");
        string[] pages = ["/", AlicePage, "/journal", .. await JournalEntryPagesAsync()];

        foreach (var path in pages)
        {
            var page = await dashboard.GetAsync(path);
            Markup.References(page.Html).Should().NotBeEmpty().And.OnlyContain(r => r.StartsWith('/') && !r.StartsWith("//", StringComparison.Ordinal), path);
            page.ContentSecurityPolicy.Should().StartWith("default-src 'none'; script-src 'self'; style-src 'self'");
        }

        var styles = await dashboard.GetAsync("/dashboard-assets/dashboard.css");
        var script = await dashboard.GetAsync("/dashboard-assets/dashboard.js");
        styles.ContentType.Should().Be("text/css; charset=utf-8");
        styles.Html.Should().NotContain("url(").And.NotContain("@import").And.NotContain("http");
        script.ContentType.Should().Be("text/javascript; charset=utf-8");
        script.Html.Should().Contain("EventSource").And.NotContain("http:").And.NotContain("https:");
        (await dashboard.GetAsync("/dashboard-assets/other.js")).Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Dashboard_is_not_part_of_the_control_APIs_description()
    {
        var description = await Server.CreateClient().GetStringAsync("/admin/api/openapi.json");

        using var document = JsonDocument.Parse(description);
        document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name)
            .Should().NotBeEmpty().And.OnlyContain(p => p.StartsWith("/admin/api/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Open_server_needs_no_sign_in()
    {
        var login = await dashboard.GetAsync("/login");

        login.Status.Should().Be(HttpStatusCode.SeeOther);
        login.Location.Should().Be("/");
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            dashboard.Dispose();
        }

        base.Dispose(disposing);
    }

    private static Dictionary<string, string> Return(string path) => new() { ["return"] = path };

    /// <summary>The pages of this test's journal entries; the journal numbers entries on from earlier tests of the class.</summary>
    private async Task<string[]> JournalEntryPagesAsync()
    {
        var entries = await Server.Services.GetRequiredService<RequestJournal>().ListAsync(new JournalFilter(null, null, null, null, Limit: 100), CancellationToken.None);
        entries.Should().NotBeEmpty("the test sent requests to show");
        return entries.Select(e => $"/journal/{e.Id}").ToArray();
    }

    private static List<string> MailboxLinks(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, "<td><a href=\"(/mailboxes/[^\"]+)\">").Select(m => m.Groups[1].Value)];
}
