using System.Net;
using System.Xml.Linq;
using Ews.ImGroups.Domain.Ids;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Operations;

public sealed class FindPeopleWireTests(FixedClockServer server) : ImListTest(server)
{
    private static readonly XNamespace Types = "http://schemas.microsoft.com/exchange/services/2006/types";

    private static readonly string Alice = FindPeopleRequests.DirectoryUser(Users.AliceMailbox, "Alice Anders", Users.Alice);
    private static readonly string Bob = FindPeopleRequests.DirectoryUser(Users.BobMailbox, "Bob Brown", Users.Bob);
    private static readonly string Sales = FindPeopleRequests.DirectoryList(2, "Sales", "sales@contoso.com");

    [Fact]
    public async Task Pidgin_sipe_contact_search_of_the_directory_finds_Alice_with_her_IM_address()
    {
        // As pidgin-sipe sends it: no SOAPAction header, only the version header, the directory, "ali".
        var request = Requests.Envelope(FindPeopleRequests.Headers, """
                  <m:FindPeople>
                     <m:PersonaShape>
                        <t:BaseShape>IdOnly</t:BaseShape>
                        <t:AdditionalProperties>
                           <t:FieldURI FieldURI="persona:DisplayName"/>
                           <t:FieldURI FieldURI="persona:EmailAddress"/>
                           <t:FieldURI FieldURI="persona:ImAddress"/>
                        </t:AdditionalProperties>
                     </m:PersonaShape>
                     <m:IndexedPageItemView BasePoint="Beginning" MaxEntriesReturned="100" Offset="0"/>
                     <m:ParentFolderId>
                        <t:DistinguishedFolderId Id="directory"/>
                     </m:ParentFolderId>
                     <m:QueryString>ali</m:QueryString>
                  </m:FindPeople>
            """);

        var reply = await Client.PostAsync(request);

        reply.Status.Should().Be(HttpStatusCode.OK);
        XmlAssert.Equivalent(FindPeopleRequests.Success(Alice, total: 1), reply.Body);
    }

    [Theory]
    [InlineData("B", "bob")]
    [InlineData("brown", "bob")]
    [InlineData("BOB@CON", "bob")]
    [InlineData("SALES@con", "sales")]
    [InlineData("sal", "sales")]
    [InlineData("alice anders", "alice")]
    [InlineData("Anders Alice", "alice")]
    [InlineData("contoso", null)]
    [InlineData("lice", null)]
    [InlineData("alice brown", null)]
    public async Task Directory_search_matches_every_word_against_a_name_word_or_the_start_of_an_address(string query, string? found)
    {
        var reply = await Client.PostAsync(FindPeopleRequests.Distinguished("directory", query));

        var expected = found switch
        {
            "bob" => FindPeopleRequests.Success(Bob, total: 1),
            "sales" => FindPeopleRequests.Success(Sales, total: 1),
            "alice" => FindPeopleRequests.Success(Alice, total: 1),
            _ => FindPeopleRequests.Success(string.Empty, total: 0),
        };
        XmlAssert.Equivalent(expected, reply.Body);
    }

    [Fact]
    public async Task Directory_users_without_a_display_name_show_their_address_and_all_sort_by_display_name_across_users_and_groups()
    {
        var numbers = await ProvisionAsync("eve@example.com", "ed@example.com");

        var reply = await Client.PostAsync(FindPeopleRequests.Distinguished("directory", "e"));

        // "ed@…" < "Engineering" < "eve@…", ignoring case.
        XmlAssert.Equivalent(
            FindPeopleRequests.Success(
                FindPeopleRequests.DirectoryUser(numbers["ed@example.com"], "ed@example.com", "ed@example.com")
                + FindPeopleRequests.DirectoryList(1, "Engineering", "engineering@contoso.com")
                + FindPeopleRequests.DirectoryUser(numbers["eve@example.com"], "eve@example.com", "eve@example.com"),
                total: 3),
            reply.Body);
    }

    [Fact]
    public async Task Indexed_page_view_pages_from_the_beginning_and_from_the_end()
    {
        var numbers = await ProvisionAsync("p1@example.com", "p2@example.com", "p3@example.com", "p4@example.com", "p5@example.com");
        string P(int i) => FindPeopleRequests.DirectoryUser(numbers[$"p{i}@example.com"], $"p{i}@example.com", $"p{i}@example.com");

        var second = await Client.PostAsync(FindPeopleRequests.Distinguished("directory", "p", maxEntries: 2, offset: 2));
        var fromEnd = await Client.PostAsync(FindPeopleRequests.Distinguished("directory", "p", maxEntries: 2, offset: 1, basePoint: "End"));
        var endPastStart = await Client.PostAsync(FindPeopleRequests.Distinguished("directory", "p", maxEntries: 3, offset: 4, basePoint: "End"));
        var pastTheEnd = await Client.PostAsync(FindPeopleRequests.Distinguished("directory", "p", maxEntries: 2, offset: 9));
        var unlimited = await Client.PostAsync(FindPeopleRequests.Distinguished("directory", "p", maxEntries: null, offset: 3));

        XmlAssert.Equivalent(FindPeopleRequests.Success(P(3) + P(4), total: 5, firstIndex: 2), second.Body);
        XmlAssert.Equivalent(FindPeopleRequests.Success(P(3) + P(4), total: 5, firstIndex: 2), fromEnd.Body);
        XmlAssert.Equivalent(FindPeopleRequests.Success(P(1), total: 5, firstIndex: 0), endPastStart.Body);
        XmlAssert.Equivalent(FindPeopleRequests.Success(string.Empty, total: 5, firstIndex: 5), pastTheEnd.Body);
        XmlAssert.Equivalent(FindPeopleRequests.Success(P(4) + P(5), total: 5, firstIndex: 3), unlimited.Body);
    }

    [Fact]
    public async Task Contacts_folder_shows_the_callers_contacts_as_the_IM_list_shows_their_personas()
    {
        await AddContactToGroupAsync(Users.AliceContactBob);
        await AddContactToGroupAsync(Users.AliceContactCarol);
        var listed = Personas((await ListAsync()).Body);

        var reply = await Client.PostAsync(FindPeopleRequests.Distinguished("contacts"));

        reply.ResponseCode.Should().Be("NoError");
        var found = Personas(reply.Body);
        found.Select(PersonaId).Should().Equal(ItemIds.AlicePersona(1), ItemIds.AlicePersona(2), ItemIds.AlicePersona(3));
        found.Take(2).Select(p => p.ToString()).Should().Equal(listed.Select(p => p.ToString()));
        Count(reply.Body, "TotalNumberOfPeopleInView").Should().Be(3);
    }

    [Fact]
    public async Task Query_string_filters_the_callers_contacts_by_name_word_e_mail_or_IM_address()
    {
        var bySurname = await Client.PostAsync(FindPeopleRequests.Distinguished("contacts", "clark"));
        var byImAddressWithoutSip = await Client.PostAsync(FindPeopleRequests.Distinguished("contacts", "bob@contoso"));
        var byEmail = await Client.PostAsync(FindPeopleRequests.Distinguished("contacts", "DAVE@"));
        var byNothing = await Client.PostAsync(FindPeopleRequests.Distinguished("contacts", "fabrikam"));

        Personas(bySurname.Body).Select(PersonaId).Should().Equal(ItemIds.AlicePersona(2));
        Personas(byImAddressWithoutSip.Body).Select(PersonaId).Should().Equal(ItemIds.AlicePersona(1));
        Personas(byEmail.Body).Select(PersonaId).Should().Equal(ItemIds.AlicePersona(3));
        XmlAssert.Equivalent(FindPeopleRequests.Success(string.Empty, total: 0), byNothing.Body);
    }

    [Fact]
    public async Task Each_contact_folder_shows_its_own_contacts_and_mycontacts_or_no_folder_shows_them_all()
    {
        await AddNewContactAsync("tsmith@contoso.com", displayName: "Tony Smith");
        var tony = ItemIds.AlicePersona(ItemIds.FirstNewContactRow);
        var seeded = new[] { ItemIds.AlicePersona(1), ItemIds.AlicePersona(2), ItemIds.AlicePersona(3) };

        var contacts = await Client.PostAsync(FindPeopleRequests.Distinguished("contacts"));
        var quick = await Client.PostAsync(FindPeopleRequests.Distinguished("quickcontacts"));
        var quickById = await Client.PostAsync(FindPeopleRequests.InFolder(ItemIds.AliceFolder(ItemIds.QuickContactsFolder)));
        var mine = await Client.PostAsync(FindPeopleRequests.Distinguished("mycontacts"));
        var unnamed = await Client.PostAsync(FindPeopleRequests.WithoutFolder());

        Personas(contacts.Body).Select(PersonaId).Should().Equal(seeded);
        Personas(quick.Body).Select(PersonaId).Should().Equal(tony);
        Personas(quickById.Body).Select(PersonaId).Should().Equal(tony);
        Personas(mine.Body).Select(PersonaId).Should().Equal([.. seeded, tony]);
        Personas(unnamed.Body).Select(PersonaId).Should().Equal([.. seeded, tony]);
    }

    public static TheoryData<string, string, string, string> BadRequests => new()
    {
        { "directory without a query", FindPeopleRequests.Distinguished("directory"), "A QueryString is required to search the directory.", "ErrorInvalidArgument" },
        { "directory with a blank query", FindPeopleRequests.Distinguished("directory", "  "), "A QueryString is required to search the directory.", "ErrorInvalidArgument" },
        { "a folder this server does not have", FindPeopleRequests.Distinguished("inbox", "a"), "The specified folder could not be found in the store.", "ErrorFolderNotFound" },
        {
            "another mailbox's contacts", FindPeopleRequests.Find("""<t:DistinguishedFolderId Id="contacts"><t:Mailbox><t:EmailAddress>bob@contoso.com</t:EmailAddress></t:Mailbox></t:DistinguishedFolderId>""", null, 100, 0, "Beginning", string.Empty),
            "The specified folder could not be found in the store.", "ErrorFolderNotFound"
        },
        { "an address list", FindPeopleRequests.Find("""<t:AddressListId Id="a"/>""", "a", 100, 0, "Beginning", string.Empty), "The specified folder could not be found in the store.", "ErrorFolderNotFound" },
        { "a malformed folder id", FindPeopleRequests.InFolder("not an id"), "Id is malformed.", "ErrorInvalidIdMalformed" },
        { "an empty folder id", FindPeopleRequests.InFolder(string.Empty), "Id must be non-empty.", "ErrorInvalidIdEmpty" },
        {
            "another mailbox's folder id", FindPeopleRequests.InFolder(SampleIds.Codec.EncodeId(new ItemKey(ItemKind.Folder, Users.BobMailbox, 1))),
            "The specified folder could not be found in the store.", "ErrorFolderNotFound"
        },
        { "a contact id for a folder", FindPeopleRequests.InFolder(Users.AliceContactBob), "The specified folder could not be found in the store.", "ErrorFolderNotFound" },
        { "a folder number no folder has", FindPeopleRequests.InFolder(ItemIds.AliceFolder(9)), "The specified folder could not be found in the store.", "ErrorFolderNotFound" },
        { "a negative offset", FindPeopleRequests.Distinguished("contacts", offset: -1), "The offset of an indexed page view cannot be negative.", "ErrorInvalidIndexedPagingParameters" },
        { "no rows per page", FindPeopleRequests.Distinguished("contacts", maxEntries: 0), "MaxEntriesReturned must be greater than zero.", "ErrorInvalidPagingMaxRows" },
        {
            "a restriction", FindPeopleRequests.Distinguished("contacts", extra: """
                         <m:Restriction><t:Exists><t:FieldURI FieldURI="persona:ImAddress"/></t:Exists></m:Restriction>

                """),
            "Restrictions are not supported; search with a QueryString.", "ErrorUnsupportedQueryFilter"
        },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_request_gets_an_Exchange_error_and_changes_nothing(string because, string request, string messageText, string responseCode)
    {
        var before = await ListAsync();

        var reply = await Client.PostAsync(request);

        reply.Status.Should().Be(HttpStatusCode.OK, because);
        XmlAssert.Equivalent(FindPeopleRequests.Error(messageText, responseCode), reply.Body);
        await AssertListUnchangedAsync(before);
    }

    /// <summary>Signs each user in, which gives each a mailbox, and answers their mailboxes' numbers.</summary>
    private async Task<Dictionary<string, long>> ProvisionAsync(params string[] users)
    {
        foreach (var user in users)
        {
            await ExpectSuccessAsync(Requests.GetImItemList(), user);
        }

        return (await Server.MailboxesAsync()).Where(m => users.Contains(m.SmtpAddress)).ToDictionary(m => m.SmtpAddress, m => m.Id);
    }

    private static List<XElement> Personas(string body) => XDocument.Parse(body).Descendants(Types + "Persona").ToList();

    private static string PersonaId(XElement persona) => persona.Element(Types + "PersonaId")!.Attribute("Id")!.Value;

    private static int Count(string body, string element) =>
        int.Parse(XDocument.Parse(body).Descendants().Single(e => e.Name.LocalName == element).Value, System.Globalization.CultureInfo.InvariantCulture);
}
