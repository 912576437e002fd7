using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Tests.Lists.Fakes;
using static Ews.ImGroups.Domain.Tests.Lists.Fakes.TestIds;

namespace Ews.ImGroups.Domain.Tests.Lists;

public class ImContactServiceAddImContactToGroupTests
{
    private readonly InMemoryImListStore store = new();
    private readonly ImContact carol;
    private readonly ImContact dave;
    private readonly ImContact noImContact;
    private readonly ImGroup friends;
    private readonly ImGroup family;
    private readonly ImContact bobsContact;
    private readonly ImGroup bobsGroup;

    public ImContactServiceAddImContactToGroupTests()
    {
        carol = store.AddContact(Alice, "Carol", "sip:carol@contoso.com");
        dave = store.AddContact(Alice, "Dave", "dave@contoso.com");
        noImContact = store.AddContact(Alice, "Erin", imAddress: null);
        friends = store.AddGroup(Alice, "Friends");
        family = store.AddGroup(Alice, "Family");
        bobsContact = store.AddContact(Bob, "Frank", "sip:frank@contoso.com");
        bobsGroup = store.AddGroup(Bob, "Colleagues");
    }

    [Fact]
    public async Task AddImContactToGroup_im_contact_and_group_adds_membership_and_bumps_group_version()
    {
        var result = await AddAsync(Of(carol), Of(friends));

        result.IsSuccess.Should().BeTrue();
        result.Value.Should().Be(carol);
        store.Memberships(Alice).Should().Equal((friends.Number, carol.Number));
        store.Group(Alice, friends.Number).Version.Should().Be(friends.Version + 1);
        store.Group(Alice, family.Number).Version.Should().Be(family.Version);
    }

    [Fact]
    public async Task AddImContactToGroup_no_group_id_puts_contact_in_other_contacts()
    {
        var otherContacts = store.SystemGroup(Alice, GroupTypes.OtherContacts);
        var groupsBefore = store.Groups(Alice).Count;

        var result = await AddAsync(Of(carol), groupId: null);

        result.IsSuccess.Should().BeTrue();
        store.Memberships(Alice).Should().Equal((otherContacts.Number, carol.Number));
        store.Groups(Alice).Should().HaveCount(groupsBefore);
    }

    [Theory]
    [InlineData(GroupTypes.Tagged)]
    [InlineData(GroupTypes.Favorites)]
    public async Task AddImContactToGroup_other_system_group_adds_membership(string groupType)
    {
        var group = store.SystemGroup(Alice, groupType);

        var result = await AddAsync(Of(carol), Of(group));

        result.IsSuccess.Should().BeTrue();
        store.Memberships(Alice).Should().Equal((group.Number, carol.Number));
    }

    [Fact]
    public async Task AddImContactToGroup_existing_member_succeeds_and_changes_nothing()
    {
        store.AddMember(friends, carol);
        var before = store.Snapshot();

        var result = await AddAsync(Of(carol), Of(friends));

        result.IsSuccess.Should().BeTrue();
        result.Value.Should().Be(carol);
        store.Snapshot().Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task AddImContactToGroup_member_of_another_group_joins_this_one_too()
    {
        store.AddMember(friends, carol);

        await AddAsync(Of(carol), Of(family));

        store.GroupsOf(carol).Should().Equal(friends.Number, family.Number);
    }

    [Fact]
    public Task AddImContactToGroup_DistributionGroup_ReportsInvalidGroupId() =>
        ShouldFailWithoutChangesAsync(
            Of(carol), Of(store.AddDistributionGroup(Alice, new DirectoryGroup("sales@contoso.com", "Sales"))), ImListError.InvalidImGroupId);

    [Fact]
    public async Task AddImContactToGroup_new_contact_at_contact_limit_reports_limit_reached_and_changes_nothing()
    {
        store.AddMember(friends, carol);
        var before = store.Snapshot();

        var result = await AddAsync(Of(dave), Of(friends), maxContacts: 1);

        result.Error.Should().Be(ImListError.ImContactLimitReached);
        store.Snapshot().Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task AddImContactToGroup_listed_contact_to_another_group_at_limit_succeeds()
    {
        store.AddMember(friends, carol);

        var result = await AddAsync(Of(carol), Of(family), maxContacts: 1);

        result.IsSuccess.Should().BeTrue();
        store.GroupsOf(carol).Should().Equal(friends.Number, family.Number);
    }

    [Fact]
    public async Task AddImContactToGroup_many_unlisted_contacts_counts_only_listed_ones_towards_limit()
    {
        // Carol, Dave and Erin exist in the mailbox, but none is on the list yet.
        var result = await AddAsync(Of(carol), Of(friends), maxContacts: 1);

        result.IsSuccess.Should().BeTrue();
    }

    [Fact]
    public async Task AddImContactToGroup_other_mailbox_at_limit_does_not_count()
    {
        store.AddMember(bobsGroup, bobsContact);

        var result = await AddAsync(Of(carol), Of(friends), maxContacts: 1);

        result.IsSuccess.Should().BeTrue();
    }

    [Fact]
    public Task AddImContactToGroup_ContactWithoutImAddress_ReportsInvalidContactId() =>
        ShouldFailWithoutChangesAsync(Of(noImContact), Of(friends), ImListError.InvalidImContactId);

    [Fact]
    public Task AddImContactToGroup_ContactWithoutImAddressAndNoGroupId_ReportsInvalidContactId() =>
        ShouldFailWithoutChangesAsync(Of(noImContact), null, ImListError.InvalidImContactId);

    [Fact]
    public Task AddImContactToGroup_UnknownContact_ReportsInvalidContactId() =>
        ShouldFailWithoutChangesAsync(UnknownContact(Alice), Of(friends), ImListError.InvalidImContactId);

    [Fact]
    public Task AddImContactToGroup_ContactIdOfAnotherMailbox_ReportsInvalidContactId() =>
        ShouldFailWithoutChangesAsync(Of(bobsContact), Of(friends), ImListError.InvalidImContactId);

    [Fact]
    public Task AddImContactToGroup_OtherMailboxContactNumberUnderOwnMailbox_ReportsInvalidContactId() =>
        ShouldFailWithoutChangesAsync(Forged(bobsContact, Alice), Of(friends), ImListError.InvalidImContactId);

    [Fact]
    public Task AddImContactToGroup_GroupIdAsContactId_ReportsInvalidContactId() =>
        ShouldFailWithoutChangesAsync(Of(friends), Of(friends), ImListError.InvalidImContactId);

    [Fact]
    public Task AddImContactToGroup_GroupOfAnotherMailbox_ReportsInvalidGroupId() =>
        ShouldFailWithoutChangesAsync(Of(carol), Of(bobsGroup), ImListError.InvalidImGroupId);

    [Fact]
    public Task AddImContactToGroup_OtherMailboxGroupNumberUnderOwnMailbox_ReportsInvalidGroupId() =>
        ShouldFailWithoutChangesAsync(Of(carol), Forged(bobsGroup, Alice), ImListError.InvalidImGroupId);

    [Fact]
    public Task AddImContactToGroup_UnknownGroup_ReportsInvalidGroupId() =>
        ShouldFailWithoutChangesAsync(Of(carol), UnknownGroup(Alice), ImListError.InvalidImGroupId);

    [Fact]
    public Task AddImContactToGroup_ContactIdAsGroupId_ReportsInvalidGroupId() =>
        ShouldFailWithoutChangesAsync(Of(carol), Of(dave), ImListError.InvalidImGroupId);

    [Theory]
    [InlineData(Malformed)]
    [InlineData(WrongFormat)]
    public Task AddImContactToGroup_MalformedContactId_ReportsMalformed(string contactId) =>
        ShouldFailWithoutChangesAsync(contactId, Of(friends), ImListError.InvalidIdMalformed);

    [Fact]
    public Task AddImContactToGroup_MalformedGroupId_ReportsMalformed() =>
        ShouldFailWithoutChangesAsync(Of(carol), Malformed, ImListError.InvalidIdMalformed);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public Task AddImContactToGroup_EmptyContactId_ReportsEmpty(string? contactId) =>
        ShouldFailWithoutChangesAsync(contactId, Of(friends), ImListError.InvalidIdEmpty);

    [Fact]
    public Task AddImContactToGroup_EmptyGroupId_ReportsEmpty() =>
        ShouldFailWithoutChangesAsync(Of(carol), string.Empty, ImListError.InvalidIdEmpty);

    private Task<ImListResult<ImContact>> AddAsync(string? contactId, string? groupId, int maxContacts = ImListLimits.DefaultMaxContacts) =>
        new ImContactService(store, new ImListLimits(ImListLimits.DefaultMaxGroups, maxContacts), TestIds.Codec, new FixedClock(FixedClock.ReferenceTime))
            .AddImContactToGroupAsync(Alice, contactId, groupId, CancellationToken.None);

    private async Task ShouldFailWithoutChangesAsync(string? contactId, string? groupId, ImListError expected)
    {
        var before = store.Snapshot();

        var result = await AddAsync(contactId, groupId);

        result.IsSuccess.Should().BeFalse();
        result.Error.Should().Be(expected);
        result.Value.Should().BeNull();
        store.Snapshot().Should().BeEquivalentTo(before);
    }
}
