using System.Net;
using System.Text.Json;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Admin;

public sealed class ControlApiTests(SharedServer server) : SharedServerTest<SharedServer>(server)
{
    private HttpClient Http => Client.Http;

    [Fact]
    public async Task Server_info_names_versions_mode_and_counts()
    {
        var (status, info) = await AdminHttp.GetAsync(Http, "/admin/api/server");

        status.Should().Be(HttpStatusCode.OK);
        info.GetProperty("exchangeVersion").GetString().Should().Be("Exchange2013");
        info.GetProperty("exchangeBuild").GetString().Should().Be("15.0.349.0");
        info.GetProperty("authentication").GetString().Should().Be("AutoProvision");
        info.GetProperty("controlApiProtected").GetBoolean().Should().BeFalse();
        info.GetProperty("ewsUrl").GetString().Should().Be("http://localhost/EWS/Exchange.asmx");
        info.GetProperty("version").GetString().Should().NotBeNullOrEmpty();
        var counts = info.GetProperty("counts");
        counts.GetProperty("mailboxes").GetInt32().Should().Be(2);
        counts.GetProperty("groups").GetInt32().Should().Be(6, "each seeded mailbox starts with three system groups");
        counts.GetProperty("contacts").GetInt32().Should().Be(4);
        counts.GetProperty("distributionGroups").GetInt32().Should().Be(2);
        counts.GetProperty("chaosRules").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task Mailboxes_are_listed_created_and_deleted()
    {
        var (_, before) = await AdminHttp.GetAsync(Http, "/admin/api/mailboxes");
        Addresses(before).Should().Equal(Users.Alice, Users.Bob);
        before.GetProperty("total").GetInt32().Should().Be(2);

        using var created = await Http.PostAsync(new Uri("/admin/api/mailboxes", UriKind.Relative), Json(new { smtpAddress = "Carol@Fabrikam.com", displayName = "Carol" }));
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        created.Headers.Location!.ToString().Should().Be("/admin/api/mailboxes/carol%40fabrikam.com");
        var carol = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        carol.GetProperty("smtpAddress").GetString().Should().Be("carol@fabrikam.com");
        carol.GetProperty("displayName").GetString().Should().Be("Carol");
        carol.GetProperty("groups").GetInt32().Should().Be(3);

        var (_, one) = await AdminHttp.GetAsync(Http, "/admin/api/mailboxes/carol@fabrikam.com");
        one.GetProperty("sid").GetString().Should().StartWith("S-1-5-21-");

        using var again = await Http.PostAsync(new Uri("/admin/api/mailboxes", UriKind.Relative), Json(new { smtpAddress = "carol@fabrikam.com" }));
        await AdminHttp.ShouldBeProblemAsync(again, HttpStatusCode.Conflict, "carol@fabrikam.com");

        (await AdminHttp.DeleteAsync(Http, "/admin/api/mailboxes/carol@fabrikam.com")).Status.Should().Be(HttpStatusCode.NoContent);
        using var gone = await Http.GetAsync(new Uri("/admin/api/mailboxes/carol@fabrikam.com", UriKind.Relative));
        await AdminHttp.ShouldBeProblemAsync(gone, HttpStatusCode.NotFound, "carol@fabrikam.com");
        using var deleteAgain = await Http.DeleteAsync(new Uri("/admin/api/mailboxes/carol@fabrikam.com", UriKind.Relative));
        await AdminHttp.ShouldBeProblemAsync(deleteAgain, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Mailboxes_are_listed_a_page_at_a_time_with_their_total()
    {
        var seed = new { mailboxes = Enumerable.Range(0, 5).Select(i => new { smtpAddress = $"user{i}@fabrikam.com" }).ToArray() };
        (await AdminHttp.PostAsync(Http, "/admin/api/seed", seed)).Status.Should().Be(HttpStatusCode.NoContent);

        var (status, page) = await AdminHttp.GetAsync(Http, "/admin/api/mailboxes?offset=1&limit=3");
        var (_, all) = await AdminHttp.GetAsync(Http, "/admin/api/mailboxes");
        var (_, beyond) = await AdminHttp.GetAsync(Http, "/admin/api/mailboxes?offset=7");

        status.Should().Be(HttpStatusCode.OK);
        page.GetProperty("total").GetInt32().Should().Be(7);
        page.GetProperty("offset").GetInt32().Should().Be(1);
        page.GetProperty("limit").GetInt32().Should().Be(3);
        Addresses(page).Should().Equal(Users.Bob, "user0@fabrikam.com", "user1@fabrikam.com");
        all.GetProperty("limit").GetInt32().Should().Be(100);
        Addresses(all).Should().HaveCount(7);
        Addresses(beyond).Should().BeEmpty();
        beyond.GetProperty("total").GetInt32().Should().Be(7);
    }

    [Theory]
    [InlineData("offset=-1")]
    [InlineData("limit=0")]
    [InlineData("limit=1001")]
    public async Task A_page_out_of_bounds_is_a_problem(string query)
    {
        using var response = await Http.GetAsync(new Uri("/admin/api/mailboxes?" + query, UriKind.Relative));

        await AdminHttp.ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, "offset must be at least 0, limit between 1 and 1000.");
    }

    [Fact]
    public async Task A_mailbox_needs_an_address()
    {
        using var response = await Http.PostAsync(new Uri("/admin/api/mailboxes", UriKind.Relative), Json(new { smtpAddress = "not an address" }));

        await AdminHttp.ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, "smtpAddress");
        Addresses((await AdminHttp.GetAsync(Http, "/admin/api/mailboxes")).Body).Should().Equal(Users.Alice, Users.Bob);
    }

    [Fact]
    public async Task The_IM_list_shows_the_ids_an_EWS_client_sees()
    {
        var group = await Client.PostAsync(Requests.AddImGroup("Friends"));
        var contact = await Client.PostAsync(Requests.AddNewImContactToGroup("sip:dana@fabrikam.com", "Dana", group.StoreId));
        var ewsList = (await Client.PostAsync(Requests.GetImItemList())).Xml;
        ReadPersonaIds(ewsList, out var personaId, out var contactId);

        var (status, list) = await AdminHttp.GetAsync(Http, "/admin/api/mailboxes/alice@contoso.com/imlist");

        status.Should().Be(HttpStatusCode.OK);
        contact.ResponseCode.Should().Be("NoError");
        list.GetProperty("mailbox").GetString().Should().Be(Users.Alice);
        var groups = list.GetProperty("groups").EnumerateArray().ToList();
        groups.Select(g => g.GetProperty("displayName").GetString()).Should().Equal("Other Contacts", "Tagged", "Favorites", "Friends");
        var friends = groups[3];
        friends.GetProperty("id").GetString().Should().Be(group.StoreId);
        friends.GetProperty("groupType").GetString().Should().Be("IPM.DistList.MOC.UserGroup");
        friends.GetProperty("memberIds").EnumerateArray().Select(m => m.GetString()).Should().Equal(contactId);
        var persona = list.GetProperty("personas").EnumerateArray().Single();
        persona.GetProperty("personaId").GetString().Should().Be(personaId);
        persona.GetProperty("displayName").GetString().Should().Be("Dana");
        var shown = persona.GetProperty("contacts").EnumerateArray().Single();
        shown.GetProperty("contactId").GetString().Should().Be(contactId);
        shown.GetProperty("imAddress").GetString().Should().Be("sip:dana@fabrikam.com");
        shown.GetProperty("folder").GetString().Should().Be("QuickContacts");
    }

    [Fact]
    public async Task Contacts_and_groups_are_seeded_in_bulk_from_the_seed_shape()
    {
        var (status, _) = await AdminHttp.PostJsonAsync(Http, "/admin/api/mailboxes/alice@contoso.com/imlist", """
            {
              "contacts": [
                { "key": "erin", "displayName": "Erin Evans", "imAddress": "sip:erin@contoso.com", "emailAddress": "erin@contoso.com",
                  "mobilePhone": "4255550120" },
                { "key": "erin-quick", "displayName": "Erin", "imAddress": "erin.evans@contoso.com", "emailAddress": "ERIN@contoso.com",
                  "folder": "QuickContacts" },
                { "key": "desk", "displayName": "+14255550100", "imAddress": "sip:+14255550100@contoso.com",
                  "telUriAddress": "tel:+14255550100", "imContactSipUriAddress": "sip:+14255550100@contoso.com", "imTelephoneNumber": "+14255550100" },
                { "key": "frank", "displayName": "Frank, no IM" }
              ],
              "groups": [
                { "displayName": "Team", "members": ["erin", "bob", "erin-quick"] },
                { "displayName": "Favorites", "members": ["desk"] },
                { "displayName": "Engineering", "smtpAddress": "engineering@contoso.com" }
              ]
            }
            """);

        status.Should().Be(HttpStatusCode.NoContent);
        var (_, list) = await AdminHttp.GetAsync(Http, "/admin/api/mailboxes/alice@contoso.com/imlist");
        var groups = list.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("displayName").GetString()!);
        groups.Keys.Should().BeEquivalentTo("Other Contacts", "Tagged", "Favorites", "Team", "Engineering");
        groups["Team"].GetProperty("memberIds").GetArrayLength().Should().Be(3, "a seed may name the mailbox's existing contacts too");
        groups["Favorites"].GetProperty("memberIds").GetArrayLength().Should().Be(1);
        groups["Engineering"].GetProperty("groupType").GetString().Should().Be("IPM.DistList.MOC.DG");
        groups["Engineering"].GetProperty("smtpAddress").GetString().Should().Be("engineering@contoso.com");
        var personas = list.GetProperty("personas").EnumerateArray().ToDictionary(p => p.GetProperty("displayName").GetString()!);
        personas.Keys.Should().BeEquivalentTo("Bob Brown", "Erin Evans", "+14255550100");
        var desk = personas["+14255550100"].GetProperty("contacts").EnumerateArray().Single();
        desk.GetProperty("telUriAddress").GetString().Should().Be("tel:+14255550100");
        desk.GetProperty("folder").GetString().Should().Be("Contacts");
        var erin = personas["Erin Evans"].GetProperty("contacts").EnumerateArray().ToList();
        erin.Select(c => c.GetProperty("folder").GetString()).Should().Equal(["Contacts", "QuickContacts"], "one e-mail address links both");
        erin[0].GetProperty("mobilePhone").GetString().Should().Be("4255550120");

        var ews = await Client.PostAsync(Requests.GetImItemList());
        ews.Body.Should().Contain("Team").And.Contain("erin@contoso.com").And.Contain("<DisplayNameFirstLast>+14255550100</DisplayNameFirstLast>")
            .And.Contain("<MobilePhones><PhoneNumberAttributedValue><Value><Number>4255550120</Number><Type>Mobile</Type></Value>");
    }

    [Fact]
    public async Task A_seed_naming_an_unknown_member_changes_nothing()
    {
        var before = await ExportTextAsync();
        using var response = await Http.PostAsync(
            new Uri("/admin/api/mailboxes/alice@contoso.com/imlist", UriKind.Relative),
            new StringContent(
                """{ "contacts": [ { "key": "gina", "displayName": "Gina", "imAddress": "gina@contoso.com" } ], "groups": [ { "displayName": "Team", "members": ["gina", "nobody"] } ] }""",
                System.Text.Encoding.UTF8,
                "application/json"));

        await AdminHttp.ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, "'nobody'");
        (await ExportTextAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_seed_for_another_mailbox_than_the_path_is_refused()
    {
        using var response = await Http.PostAsync(
            new Uri("/admin/api/mailboxes/alice@contoso.com/imlist", UriKind.Relative), Json(new { smtpAddress = "bob@contoso.com" }));

        await AdminHttp.ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, "smtpAddress");
    }

    [Theory]
    [InlineData("""{ "mailboxes": [ null ] }""", "null")]
    [InlineData("""{ "mailboxes": [ { "smtpAddress": "kim@contoso.com", "groups": [ { "displayName": "G", "members": [ null ] } ] } ] }""", "contact keys")]
    [InlineData("""{ "mailboxes": [ { "smtpAddress": "kim@contoso.com", "contacts": [ { "key": "k", "displayName": "K", "imAddress": "k@contoso.com" } ], "groups": [ { "displayName": "G", "members": [ "k", "k" ] } ] } ] }""", "each named once")]
    [InlineData("""{ "mailboxes": [ { "smtpAddress": "kim@contoso.com", "sid": "S-1-5-21-1004336348-1177238915-682003330-1001" } ] }""", "belongs to another mailbox")]
    public async Task A_seed_that_cannot_be_applied_is_a_problem_and_changes_nothing(string json, string detail)
    {
        var before = await ExportTextAsync();

        using var response = await Http.PostAsync(new Uri("/admin/api/seed", UriKind.Relative), new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await AdminHttp.ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, detail);
        (await ExportTextAsync()).Should().Be(before);
    }

    [Fact]
    public async Task Changes_from_another_sites_page_are_refused()
    {
        await Client.PostAsync(Requests.AddImGroup("Friends"));

        using var foreign = new HttpRequestMessage(HttpMethod.Post, "/admin/api/reset");
        foreign.Headers.Add("Origin", "http://evil.example");
        using var refused = await Http.SendAsync(foreign);
        using var fetched = new HttpRequestMessage(HttpMethod.Post, "/admin/api/reset");
        fetched.Headers.Add("Sec-Fetch-Site", "cross-site");
        using var refusedToo = await Http.SendAsync(fetched);

        await AdminHttp.ShouldBeProblemAsync(refused, HttpStatusCode.Forbidden, "another site");
        refusedToo.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Client.PostAsync(Requests.GetImItemList())).Body.Should().Contain("Friends");

        using var sameSite = new HttpRequestMessage(HttpMethod.Post, "/admin/api/reset");
        sameSite.Headers.Add("Origin", "http://localhost");
        (await Http.SendAsync(sameSite)).StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Whole_seed_documents_add_mailboxes_and_directory_groups()
    {
        var (status, _) = await AdminHttp.PostJsonAsync(Http, "/admin/api/seed", """
            {
              "distributionGroups": [ { "smtpAddress": "support@contoso.com", "displayName": "Support" } ],
              "mailboxes": [ { "smtpAddress": "hank@contoso.com", "displayName": "Hank",
                               "groups": [ { "displayName": "Support", "smtpAddress": "support@contoso.com" } ] } ]
            }
            """);

        status.Should().Be(HttpStatusCode.NoContent);
        var hank = Server.CreateEwsClient("hank@contoso.com");
        (await hank.PostAsync(Requests.GetImItemList())).Body.Should().Contain("support@contoso.com");
        var (_, info) = await AdminHttp.GetAsync(Http, "/admin/api/server");
        info.GetProperty("counts").GetProperty("distributionGroups").GetInt32().Should().Be(3);
    }

    [Fact]
    public async Task Reset_brings_back_the_seed_and_the_ids_of_a_fresh_start()
    {
        (await Client.PostAsync(Requests.AddImGroup("Friends"))).StoreId.Should().Be(Users.AliceFirstGroup);
        await Client.PostAsync(Requests.AddImGroup("Second"));
        await Server.CreateEwsClient("ivan@contoso.com").PostAsync(Requests.GetImItemList());

        (await AdminHttp.PostAsync(Http, "/admin/api/reset")).Status.Should().Be(HttpStatusCode.NoContent);

        Addresses((await AdminHttp.GetAsync(Http, "/admin/api/mailboxes")).Body).Should().Equal(Users.Alice, Users.Bob);
        (await Client.PostAsync(Requests.GetImItemList())).Body.Should().NotContain("Friends");
        (await Client.PostAsync(Requests.AddImGroup("Again"))).StoreId.Should().Be(Users.AliceFirstGroup, "a reset store numbers items as a fresh one");
    }

    [Fact]
    public async Task Resetting_one_mailbox_leaves_the_others_alone()
    {
        await Client.PostAsync(Requests.AddImGroup("Alice's"));
        await Client.PostAsync(Requests.AddImGroup("Bob's"), asUser: Users.Bob);

        (await AdminHttp.PostAsync(Http, "/admin/api/mailboxes/alice@contoso.com/reset")).Status.Should().Be(HttpStatusCode.NoContent);

        (await Client.PostAsync(Requests.GetImItemList())).Body.Should().NotContain("Alice's");
        (await Client.PostAsync(Requests.GetImItemList(), asUser: Users.Bob)).Body.Should().Contain("Bob's");
        using var unknown = await Http.PostAsync(new Uri("/admin/api/mailboxes/nobody@contoso.com/reset", UriKind.Relative), null);
        await AdminHttp.ShouldBeProblemAsync(unknown, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_export_imported_again_gives_the_same_state()
    {
        var group = await Client.PostAsync(Requests.AddImGroup("Friends"));
        await Client.PostAsync(Requests.AddNewImContactToGroup("sip:dana@fabrikam.com", "Dana", group.StoreId));
        await Client.PostAsync(Requests.AddNewTelUriContactToGroup("tel:+14255550199", "sip:+14255550199@contoso.com", "+14255550199"));
        var exported = await ExportTextAsync();
        await AdminHttp.PostAsync(Http, "/admin/api/reset");
        (await ExportTextAsync()).Should().NotBe(exported);

        var (status, _) = await AdminHttp.PostJsonAsync(Http, "/admin/api/import", exported);

        status.Should().Be(HttpStatusCode.NoContent);
        (await ExportTextAsync()).Should().Be(exported);
        var list = await Client.PostAsync(Requests.GetImItemList());
        list.Body.Should().Contain("Friends").And.Contain("sip:dana@fabrikam.com").And.Contain("<DisplayNameFirstLast>+14255550199</DisplayNameFirstLast>");
    }

    [Fact]
    public async Task An_invalid_import_changes_nothing()
    {
        await Client.PostAsync(Requests.AddImGroup("Friends"));
        var before = await ExportTextAsync();

        using var response = await Http.PostAsync(
            new Uri("/admin/api/import", UriKind.Relative), Json(new { mailboxes = new[] { new { smtpAddress = "x@y.z" }, new { smtpAddress = "X@y.z" } } }));

        await AdminHttp.ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, "not a unique e-mail address");
        (await ExportTextAsync()).Should().Be(before);
    }

    [Fact]
    public async Task Unreadable_JSON_and_unknown_paths_are_problems()
    {
        using var broken = await Http.PostAsync(
            new Uri("/admin/api/chaos", UriKind.Relative), new StringContent("{\"effect\": ", System.Text.Encoding.UTF8, "application/json"));
        await AdminHttp.ShouldBeProblemAsync(broken, HttpStatusCode.BadRequest, "JSON");

        using var unknown = await Http.GetAsync(new Uri("/admin/api/nothing-here", UriKind.Relative));
        await AdminHttp.ShouldBeProblemAsync(unknown, HttpStatusCode.NotFound);

        using var wrongMethod = await Http.PutAsync(new Uri("/admin/api/reset", UriKind.Relative), null);
        await AdminHttp.ShouldBeProblemAsync(wrongMethod, HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_control_API_only()
    {
        var (status, document) = await AdminHttp.GetAsync(Http, "/admin/api/openapi.json");

        status.Should().Be(HttpStatusCode.OK);
        document.GetProperty("info").GetProperty("title").GetString().Should().Be("Ews.ImGroups control API");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.Should().Contain(["/admin/api/server", "/admin/api/mailboxes", "/admin/api/mailboxes/{address}/imlist", "/admin/api/reset",
            "/admin/api/export", "/admin/api/import", "/admin/api/journal", "/admin/api/journal/{id}", "/admin/api/chaos", "/admin/api/chaos/{id}"]);
        paths.Should().OnlyContain(p => p.StartsWith("/admin/api/", StringComparison.Ordinal));
        var listing = document.GetProperty("paths").GetProperty("/admin/api/mailboxes").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p);
        listing.Keys.Should().BeEquivalentTo("offset", "limit");
        listing.Values.Should().OnlyContain(p => p.GetProperty("in").GetString() == "query" && p.GetProperty("description").GetString()!.Length > 0);

        using var page = await Http.GetAsync(new Uri("/admin/api/docs/index.html", UriKind.Relative));
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        html.Should().Contain("index.js", "the page is served by the app itself");
        html.Should().NotContainAny(["src=\"http", "href=\"http", "src=\"//", "href=\"//"], "the page loads nothing from other hosts");
    }

    [Fact]
    public async Task Changes_are_announced_as_server_sent_events()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/api/events");
        using var response = await Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/event-stream");
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        (await reader.ReadLineAsync()).Should().Be("event: change");
        var first = await reader.ReadLineAsync();
        await reader.ReadLineAsync();

        await Client.PostAsync(Requests.GetImItemList());

        (await reader.ReadLineAsync()).Should().Be("event: change");
        (await reader.ReadLineAsync()).Should().NotBe(first, "each event carries the version it announces");
    }

    private async Task<string> ExportTextAsync()
    {
        using var response = await Http.GetAsync(new Uri("/admin/api/export", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    private static IEnumerable<string?> Addresses(JsonElement list) =>
        list.GetProperty("mailboxes").EnumerateArray().Select(m => m.GetProperty("smtpAddress").GetString());

    private static System.Net.Http.Json.JsonContent Json(object body) => System.Net.Http.Json.JsonContent.Create(body);

    private static void ReadPersonaIds(System.Xml.Linq.XDocument list, out string personaId, out string contactId)
    {
        System.Xml.Linq.XNamespace types = "http://schemas.microsoft.com/exchange/services/2006/types";
        var persona = list.Descendants(types + "Persona").Single();
        personaId = persona.Element(types + "PersonaId")!.Attribute("Id")!.Value;
        contactId = persona.Descendants(types + "SourceId").Single().Attribute("Id")!.Value;
    }
}

/// <summary>
/// Deleting a seeded mailbox, on a server of its own: the mailbox comes back under a new number, which later resets
/// keep, so a shared server would no longer give the ids the other tests spell.
/// </summary>
public sealed class SeededMailboxDeletionTests : ServerTest
{
    [Fact]
    public async Task A_deleted_mailbox_answers_EWS_again_as_a_new_one()
    {
        (await Client.PostAsync(Requests.AddImGroup("Friends"))).ResponseCode.Should().Be("NoError");

        await AdminHttp.DeleteAsync(Client.Http, "/admin/api/mailboxes/alice@contoso.com");
        var list = await Client.PostAsync(Requests.GetImItemList());

        list.ResponseCode.Should().Be("NoError");
        list.Body.Should().NotContain("Friends");
    }
}
