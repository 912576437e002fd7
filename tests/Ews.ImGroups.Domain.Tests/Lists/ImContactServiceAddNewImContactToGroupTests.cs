using Ews.ImGroups.Domain.Ids;
using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Tests.Lists.Fakes;
using static Ews.ImGroups.Domain.Tests.Lists.Fakes.TestIds;

namespace Ews.ImGroups.Domain.Tests.Lists;

public class ImContactServiceAddNewImContactToGroupTests
{
    private readonly InMemoryImListStore store = new();
    private readonly ImGroup friends;
    private readonly ImGroup family;

    public ImContactServiceAddNewImContactToGroupTests()
    {
        friends = store.AddGroup(Alice, "Friends");
        family = store.AddGroup(Alice, "Family");
        store.Groups(Bob);
    }

    [Fact]
    public async Task AddNewImContactToGroup_new_address_creates_quick_contact_in_the_group()
    {
        var result = await AddAsync("sip:erin@contoso.com", "Erin Evans", Of(friends));

        result.IsSuccess.Should().BeTrue();
        var contact = store.Contacts(Alice).Should().ContainSingle().Subject;
        result.Value.Should().Be(contact);
        contact.IsQuickContact.Should().BeTrue();
        contact.CreatedAt.Should().Be(FixedClock.ReferenceTime);
        contact.Folder.Should().Be(ContactFolder.QuickContacts);
        contact.Details.Should().Be(new ContactDetails("Erin Evans", EmailAddress: "erin@contoso.com", ImAddress: "sip:erin@contoso.com", EmailDisplayName: "Erin Evans"));
        store.Memberships(Alice).Should().Equal((friends.Number, contact.Number));
        store.Group(Alice, friends.Number).Version.Should().Be(friends.Version + 1);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public async Task AddNewImContactToGroup_no_display_name_uses_the_normalized_address(string? displayName)
    {
        var result = await AddAsync(" SIP:Erin@Contoso.COM ", displayName, Of(friends));

        result.Value!.Details.DisplayName.Should().Be("erin@contoso.com");
        result.Value.Details.EmailAddress.Should().Be("erin@contoso.com");
    }

    [Theory]
    [InlineData("sip:+14255550100")]
    [InlineData("erin")]
    public async Task AddNewImContactToGroup_address_without_at_has_no_email_address(string imAddress)
    {
        var result = await AddAsync(imAddress, "Erin", Of(friends));

        result.IsSuccess.Should().BeTrue();
        result.Value!.Details.EmailAddress.Should().BeNull();
        result.Value.Details.ImAddress.Should().Be(imAddress);
    }

    [Theory]
    [InlineData("sip:erin@contoso.com")]
    [InlineData("erin@contoso.com")]
    [InlineData("SIP:Erin@Contoso.COM")]
    [InlineData("  Erin@contoso.com ")]
    public async Task AddNewImContactToGroup_address_the_mailbox_has_in_any_spelling_reuses_the_contact(string spelling)
    {
        var first = await AddAsync("sip:erin@contoso.com", "Erin", Of(friends));

        var second = await AddAsync(spelling, "Someone Else", Of(family));

        second.IsSuccess.Should().BeTrue();
        second.Value.Should().Be(first.Value);
        store.Contacts(Alice).Should().ContainSingle();
        store.GroupsOf(first.Value!).Should().Equal(friends.Number, family.Number);
    }

    [Fact]
    public async Task AddNewImContactToGroup_address_of_seeded_contact_puts_that_contact_in_the_group()
    {
        var carol = store.AddContact(Alice, "Carol Clark", "sip:carol@fabrikam.com");

        var result = await AddAsync("carol@fabrikam.com", null, Of(friends));

        result.Value.Should().Be(carol);
        result.Value!.IsQuickContact.Should().BeFalse();
        store.Contacts(Alice).Should().ContainSingle();
        store.Memberships(Alice).Should().Equal((friends.Number, carol.Number));
    }

    [Fact]
    public async Task AddNewImContactToGroup_address_already_in_the_group_succeeds_and_changes_nothing()
    {
        await AddAsync("sip:erin@contoso.com", "Erin", Of(friends));
        var before = store.Snapshot();

        var result = await AddAsync("erin@contoso.com", "Erin", Of(friends));

        result.IsSuccess.Should().BeTrue();
        store.Snapshot().Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task AddNewImContactToGroup_address_known_only_to_another_mailbox_creates_a_contact_of_this_mailbox()
    {
        var bobs = store.AddContact(Bob, "Erin", "sip:erin@contoso.com");

        var result = await AddAsync("sip:erin@contoso.com", "Erin", Of(friends));

        result.Value!.MailboxId.Should().Be(Alice);
        result.Value.Number.Should().NotBe(bobs.Number);
        store.Contacts(Alice).Should().ContainSingle();
    }

    [Fact]
    public async Task AddNewImContactToGroup_no_group_id_puts_contact_in_other_contacts()
    {
        var result = await AddAsync("erin@contoso.com", "Erin", groupId: null);

        result.IsSuccess.Should().BeTrue();
        store.GroupsOf(result.Value!).Should().Equal(store.SystemGroup(Alice, GroupTypes.OtherContacts).Number);
    }

    [Fact]
    public Task AddNewImContactToGroup_UnknownGroup_ReportsItemNotFound() =>
        ShouldFailWithoutChangesAsync(UnknownGroup(Alice), ImListError.ItemNotFound);

    [Fact]
    public Task AddNewImContactToGroup_OtherMailboxGroupNumberUnderOwnMailbox_ReportsItemNotFound() =>
        ShouldFailWithoutChangesAsync(Forged(store.AddGroup(Bob, "Colleagues"), Alice), ImListError.ItemNotFound);

    [Fact]
    public Task AddNewImContactToGroup_DistributionGroup_ReportsItemNotFound() =>
        ShouldFailWithoutChangesAsync(Of(store.AddDistributionGroup(Alice, new DirectoryGroup("sales@contoso.com", "Sales"))), ImListError.ItemNotFound);

    [Fact]
    public Task AddNewImContactToGroup_ContactIdAsGroupId_ReportsItemNotFound() =>
        ShouldFailWithoutChangesAsync(Of(store.AddContact(Alice, "Carol", "carol@contoso.com")), ImListError.ItemNotFound);

    [Theory]
    [InlineData(Malformed)]
    [InlineData(WrongFormat)]
    public Task AddNewImContactToGroup_MalformedGroupId_ReportsMalformed(string groupId) =>
        ShouldFailWithoutChangesAsync(groupId, ImListError.InvalidIdMalformed);

    [Fact]
    public Task AddNewImContactToGroup_EmptyGroupId_ReportsEmpty() =>
        ShouldFailWithoutChangesAsync(string.Empty, ImListError.InvalidIdEmpty);

    [Fact]
    public async Task AddNewImContactToGroup_new_address_at_contact_limit_reports_limit_reached_and_creates_nothing()
    {
        await AddAsync("carol@contoso.com", "Carol", Of(friends), maxContacts: 1);
        var before = store.Snapshot();

        var result = await AddAsync("erin@contoso.com", "Erin", Of(friends), maxContacts: 1);

        result.Error.Should().Be(ImListError.ImContactLimitReached);
        store.Snapshot().Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task AddNewImContactToGroup_listed_address_to_another_group_at_limit_succeeds()
    {
        var carol = await AddAsync("carol@contoso.com", "Carol", Of(friends), maxContacts: 1);

        var result = await AddAsync("sip:carol@contoso.com", "Carol", Of(family), maxContacts: 1);

        result.IsSuccess.Should().BeTrue();
        store.GroupsOf(carol.Value!).Should().Equal(friends.Number, family.Number);
    }

    [Fact]
    public async Task AddNewImContactToGroup_unlisted_seeded_address_at_limit_reports_limit_reached()
    {
        await AddAsync("carol@contoso.com", "Carol", Of(friends), maxContacts: 1);
        store.AddContact(Alice, "Dave", "dave@contoso.com");
        var before = store.Snapshot();

        var result = await AddAsync("dave@contoso.com", null, Of(friends), maxContacts: 1);

        result.Error.Should().Be(ImListError.ImContactLimitReached);
        store.Snapshot().Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task AddNewImContactToGroup_unlisted_contacts_only_do_not_count_towards_limit()
    {
        store.AddContact(Alice, "Carol", "carol@contoso.com");
        store.AddContact(Alice, "Dave", "dave@contoso.com");

        var result = await AddAsync("erin@contoso.com", "Erin", Of(friends), maxContacts: 1);

        result.IsSuccess.Should().BeTrue();
    }

    [Fact]
    public async Task AddNewImContactToGroup_address_of_an_address_book_contact_links_both_into_one_persona()
    {
        var anthony = store.AddContact(Alice, "Anthony Smith", imAddress: null, emailAddress: "TSmith@contoso.com");

        var result = await AddPersonaAsync("tsmith@contoso.com", "Tony Smith", Of(friends));

        var quick = store.Contacts(Alice).Should().ContainSingle(c => c.IsQuickContact).Subject;
        result.Value!.Contacts.Should().Equal(anthony, quick);
        result.Value.Key.Should().Be(new ItemKey(ItemKind.Persona, Alice, anthony.Number));
        store.Memberships(Alice).Should().Equal((friends.Number, quick.Number));
    }

    [Fact]
    public async Task AddNewImContactToGroup_group_of_another_mailbox_names_that_mailbox_and_changes_nothing()
    {
        var bobs = store.AddGroup(Bob, "Bob's");

        await ShouldFailWithoutChangesAsync(Of(bobs), ImListError.GroupInAnotherMailbox);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AddNewImContactToGroup_blank_address_throws_argument_exception(string imAddress)
    {
        var add = () => AddAsync(imAddress, "Erin", Of(friends));

        await add.Should().ThrowAsync<ArgumentException>();
        store.Contacts(Alice).Should().BeEmpty();
    }

    /// <summary>Adds, and answers with the persona's one contact: these scenes link nothing.</summary>
    private async Task<ImListResult<ImContact>> AddAsync(
        string imAddress, string? displayName, string? groupId, int maxContacts = ImListLimits.DefaultMaxContacts)
    {
        var result = await AddPersonaAsync(imAddress, displayName, groupId, maxContacts);
        return result.IsSuccess ? result.Value!.Contacts.Single() : result.Error;
    }

    private Task<ImListResult<ImPersona>> AddPersonaAsync(
        string imAddress, string? displayName, string? groupId, int maxContacts = ImListLimits.DefaultMaxContacts) =>
        new ImContactService(store, new ImListLimits(ImListLimits.DefaultMaxGroups, maxContacts), TestIds.Codec, new FixedClock(FixedClock.ReferenceTime))
            .AddNewImContactToGroupAsync(Alice, imAddress, displayName, groupId, CancellationToken.None);

    private async Task ShouldFailWithoutChangesAsync(string? groupId, ImListError expected)
    {
        var before = store.Snapshot();

        var result = await AddAsync("erin@contoso.com", "Erin", groupId);

        result.Error.Should().Be(expected);
        result.Value.Should().BeNull();
        store.Snapshot().Should().BeEquivalentTo(before);
    }
}
