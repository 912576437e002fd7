using Ews.ImGroups.Domain.Ids;
using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Mailboxes;
using Ews.ImGroups.Domain.People;
using Ews.ImGroups.Domain.Tests.Lists.Fakes;

namespace Ews.ImGroups.Domain.Tests.People;

public class PeopleServiceTests
{
    private static readonly DateTimeOffset Created = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Mailbox Alice = new(TestIds.Alice, "alice@contoso.com", "S-1-5-21-1-2-3-1001", "Alice Anders");
    private static readonly PageView FirstHundred = new(100, 0, FromEnd: false);

    private readonly FakePeopleStore store = new();
    private readonly PeopleService service;

    public PeopleServiceTests() => service = new PeopleService(store, TestIds.Codec);

    [Fact]
    public async Task Directory_search_keeps_only_the_entries_that_match_sorted_by_shown_name_then_kind_then_number()
    {
        // The store may hand back more than matches; the service filters.
        store.Directory.AddRange([
            new DirectoryEntry(DirectoryEntryKind.User, 7, "zed@contoso.com", "Sam Zed"),
            new DirectoryEntry(DirectoryEntryKind.DistributionList, 2, "sales@contoso.com", "Sales"),
            new DirectoryEntry(DirectoryEntryKind.User, 3, "sales2@contoso.com", "sales"),
            new DirectoryEntry(DirectoryEntryKind.User, 4, "nobody@contoso.com", "Nobody")]);

        var page = (await FindAsync(new PeopleFolder("directory"), "s")).Value!;

        page.People.Select(p => p.Entry!.Number).Should().Equal(3, 2, 7);
        page.Total.Should().Be(3);
        page.FirstIndex.Should().Be(0);
        store.ContactReads.Should().Be(0);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task Directory_cannot_be_browsed_without_a_query(string? query)
    {
        var result = await FindAsync(new PeopleFolder("directory"), query);

        result.Error.Should().Be(ImListError.QueryStringRequired);
        store.DirectorySearches.Should().Be(0);
    }

    [Fact]
    public async Task Restriction_is_refused_before_anything_is_read()
    {
        var result = await service.FindPeopleAsync(Alice, new PeopleSearch(new PeopleFolder("contacts"), null, FirstHundred, HasRestriction: true), CancellationToken.None);

        result.Error.Should().Be(ImListError.UnsupportedQueryFilter);
        store.ContactReads.Should().Be(0);
    }

    [Fact]
    public async Task Bad_page_is_refused_before_anything_is_read()
    {
        var result = await service.FindPeopleAsync(Alice, new PeopleSearch(new PeopleFolder("contacts"), null, new PageView(0, 0, false)), CancellationToken.None);

        result.Error.Should().Be(ImListError.InvalidPagingMaxRows);
        store.ContactReads.Should().Be(0);
    }

    [Fact]
    public async Task Contacts_are_linked_into_personas_and_a_folder_shows_the_personas_with_a_contact_in_it()
    {
        store.Contacts.AddRange([
            Contact(1, "Bob Brown", "bob@contoso.com", ContactFolder.Contacts),
            Contact(2, "bob", "BOB@contoso.com", ContactFolder.QuickContacts),
            Contact(3, "Carol", "carol@contoso.com", ContactFolder.QuickContacts),
            Contact(4, "+1 555", null, ContactFolder.LyncContacts)]);

        var contacts = (await FindAsync(new PeopleFolder("contacts"), null)).Value!;
        var quick = (await FindAsync(new PeopleFolder("quickcontacts"), null)).Value!;
        var lyncById = (await FindAsync(new PeopleFolder(FolderId: FolderId(Alice.Id, ContactFolder.LyncContacts)), null)).Value!;
        var all = (await FindAsync(new PeopleFolder("mycontacts"), null)).Value!;

        contacts.People.Select(p => p.Persona!.Key.ItemNumber).Should().Equal(1);
        contacts.People.Single().Persona!.Contacts.Select(c => c.Number).Should().Equal(1, 2);
        quick.People.Select(p => p.Persona!.Key.ItemNumber).Should().Equal(1, 3);
        lyncById.People.Select(p => p.Persona!.Key.ItemNumber).Should().Equal(4);
        all.People.Select(p => p.Persona!.Key.ItemNumber).Should().Equal(4, 1, 3);
        store.DirectorySearches.Should().Be(0);
    }

    [Fact]
    public async Task Page_reports_the_whole_views_size_and_where_it_starts()
    {
        for (var i = 1; i <= 5; i++)
        {
            store.Contacts.Add(Contact(i, $"Person {i}", $"p{i}@contoso.com", ContactFolder.Contacts));
        }

        var page = (await service.FindPeopleAsync(Alice, new PeopleSearch(new PeopleFolder(), "person", new PageView(2, 1, FromEnd: true)), CancellationToken.None)).Value!;

        page.People.Select(p => p.Persona!.Key.ItemNumber).Should().Equal(3, 4);
        page.Total.Should().Be(5);
        page.FirstIndex.Should().Be(2);
    }

    public static TheoryData<string, PeopleFolder, ImListError> FoldersNotSearched => new()
    {
        { "a folder this server does not have", new PeopleFolder("inbox"), ImListError.FolderNotFound },
        { "another mailbox's distinguished folder", new PeopleFolder("contacts", MailboxAddress: "bob@contoso.com"), ImListError.FolderNotFound },
        { "an address list", new PeopleFolder(AddressListId: "list"), ImListError.FolderNotFound },
        { "another mailbox's folder id", new PeopleFolder(FolderId: FolderId(TestIds.Bob, ContactFolder.Contacts)), ImListError.FolderNotFound },
        { "a contact id", new PeopleFolder(FolderId: TestIds.Codec.EncodeId(new ItemKey(ItemKind.Contact, TestIds.Alice, 1))), ImListError.FolderNotFound },
        { "a folder number past the last folder", new PeopleFolder(FolderId: TestIds.Codec.EncodeId(new ItemKey(ItemKind.Folder, TestIds.Alice, 4))), ImListError.FolderNotFound },
        { "a folder number past every int", new PeopleFolder(FolderId: TestIds.Codec.EncodeId(new ItemKey(ItemKind.Folder, TestIds.Alice, (1L << 32) + 1))), ImListError.FolderNotFound },
        { "a malformed id", new PeopleFolder(FolderId: TestIds.Malformed), ImListError.InvalidIdMalformed },
        { "an empty id", new PeopleFolder(FolderId: string.Empty), ImListError.InvalidIdEmpty },
    };

    [Theory]
    [MemberData(nameof(FoldersNotSearched))]
    public async Task Folder_the_caller_cannot_search_is_refused_without_reading(string because, PeopleFolder folder, ImListError error)
    {
        var result = await FindAsync(folder, "a");

        result.Error.Should().Be(error, because);
        (store.ContactReads + store.DirectorySearches).Should().Be(0);
    }

    [Fact]
    public async Task Callers_own_mailbox_named_in_another_case_is_the_callers()
    {
        store.Contacts.Add(Contact(1, "Bob", "bob@contoso.com", ContactFolder.Contacts));

        var result = await FindAsync(new PeopleFolder("contacts", MailboxAddress: " ALICE@contoso.com "), null);

        result.Value!.People.Should().ContainSingle();
    }

    private Task<ImListResult<PeoplePage>> FindAsync(PeopleFolder folder, string? query) =>
        service.FindPeopleAsync(Alice, new PeopleSearch(folder, query, FirstHundred), CancellationToken.None);

    private static string FolderId(long mailbox, ContactFolder folder) =>
        TestIds.Codec.EncodeId(ContactFolders.Key(mailbox, folder));

    private static ImContact Contact(long number, string name, string? email, ContactFolder folder) =>
        new(TestIds.Alice, number, new ContactDetails(name, EmailAddress: email), 0, Created, folder);

    private sealed class FakePeopleStore : IPeopleStore
    {
        public List<ImContact> Contacts { get; } = [];

        public List<DirectoryEntry> Directory { get; } = [];

        public int ContactReads { get; private set; }

        public int DirectorySearches { get; private set; }

        public Task<IReadOnlyList<ImContact>> ReadContactsAsync(long mailboxId, CancellationToken cancellationToken)
        {
            ContactReads++;
            return Task.FromResult<IReadOnlyList<ImContact>>(Contacts.Where(c => c.MailboxId == mailboxId).ToList());
        }

        public Task<IReadOnlyList<DirectoryEntry>> SearchDirectoryAsync(PeopleQuery query, CancellationToken cancellationToken)
        {
            DirectorySearches++;
            return Task.FromResult<IReadOnlyList<DirectoryEntry>>(Directory);
        }
    }
}
