using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Tests.Lists.Fakes;
using static Ews.ImGroups.Domain.Tests.Lists.Fakes.TestIds;

namespace Ews.ImGroups.Domain.Tests.Lists;

public class ImContactServiceRemoveContactFromImListTests
{
    private readonly InMemoryImListStore store = new();
    private readonly ImContactService service;
    private readonly ImGroup friends;
    private readonly ImGroup family;
    private readonly ImGroup other;
    private readonly ImContact seeded;
    private readonly ImContact quick;
    private readonly ImContact unlisted;

    public ImContactServiceRemoveContactFromImListTests()
    {
        service = new ImContactService(store, ImListLimits.Default, TestIds.Codec, new FixedClock(FixedClock.ReferenceTime));
        friends = store.AddGroup(Alice, "Friends");
        family = store.AddGroup(Alice, "Family");
        other = store.AddGroup(Alice, "Other");
        seeded = store.AddContact(Alice, "Carol", "carol@contoso.com");
        quick = store.AddContact(Alice, "Erin", "sip:erin@contoso.com", ContactFolder.QuickContacts);
        unlisted = store.AddContact(Alice, "Dave", "dave@contoso.com");
        store.AddMember(friends, seeded);
        store.AddMember(family, seeded);
        store.AddMember(friends, quick);
        store.AddMember(other, quick);
    }

    [Fact]
    public async Task RemoveContactFromImList_listed_contact_leaves_every_group_and_bumps_their_versions()
    {
        var result = await RemoveAsync(Of(seeded));

        result.IsSuccess.Should().BeTrue();
        store.GroupsOf(seeded).Should().BeEmpty();
        store.Group(Alice, friends.Number).Version.Should().Be(friends.Version + 1);
        store.Group(Alice, family.Number).Version.Should().Be(family.Version + 1);
        store.Group(Alice, other.Number).Version.Should().Be(other.Version, "the contact was not in it");
        store.GroupsOf(quick).Should().Equal(friends.Number, other.Number);
    }

    [Fact]
    public async Task RemoveContactFromImList_seeded_contact_stays_in_the_mailbox()
    {
        await RemoveAsync(Of(seeded));

        store.Contacts(Alice).Should().Contain(seeded);
    }

    [Fact]
    public async Task RemoveContactFromImList_seeded_contact_can_be_added_again()
    {
        await RemoveAsync(Of(seeded));

        var again = await service.AddImContactToGroupAsync(Alice, Of(seeded), Of(family), CancellationToken.None);

        again.IsSuccess.Should().BeTrue();
        store.GroupsOf(seeded).Should().Equal(family.Number);
    }

    [Fact]
    public async Task RemoveContactFromImList_quick_contact_is_deleted()
    {
        var result = await RemoveAsync(Of(quick));

        result.IsSuccess.Should().BeTrue();
        store.Contacts(Alice).Should().NotContain(c => c.Number == quick.Number);
        store.Memberships(Alice).Should().NotContain(m => m.ContactNumber == quick.Number);
    }

    [Fact]
    public async Task RemoveContactFromImList_member_of_distribution_group_leaves_it_too()
    {
        var sales = store.AddDistributionGroup(Alice, new DirectoryGroup("sales@contoso.com", "Sales"));
        store.AddMember(sales, seeded);

        await RemoveAsync(Of(seeded));

        store.GroupsOf(seeded).Should().BeEmpty();
    }

    [Fact]
    public async Task RemoveContactFromImList_same_contact_twice_reports_item_not_found_the_second_time()
    {
        await RemoveAsync(Of(seeded));

        var again = await RemoveAsync(Of(seeded));

        again.Error.Should().Be(ImListError.ItemNotFound);
    }

    [Fact]
    public Task RemoveContactFromImList_ContactNotOnTheList_ReportsItemNotFound() =>
        ShouldFailWithoutChangesAsync(Of(unlisted), ImListError.ItemNotFound);

    [Fact]
    public Task RemoveContactFromImList_UnknownContact_ReportsItemNotFound() =>
        ShouldFailWithoutChangesAsync(UnknownContact(Alice), ImListError.ItemNotFound);

    [Fact]
    public Task RemoveContactFromImList_ContactOfAnotherMailbox_ReportsItemNotFound() =>
        ShouldFailWithoutChangesAsync(Of(ListedContactOfBob()), ImListError.ItemNotFound);

    [Fact]
    public Task RemoveContactFromImList_OtherMailboxContactNumberUnderOwnMailbox_ReportsItemNotFound() =>
        ShouldFailWithoutChangesAsync(Forged(ListedContactOfBob(), Alice), ImListError.ItemNotFound);

    [Fact]
    public Task RemoveContactFromImList_GroupIdAsContactId_ReportsItemNotFound() =>
        ShouldFailWithoutChangesAsync(Of(friends), ImListError.ItemNotFound);

    [Theory]
    [InlineData(Malformed)]
    [InlineData(WrongFormat)]
    public Task RemoveContactFromImList_MalformedId_ReportsMalformed(string contactId) =>
        ShouldFailWithoutChangesAsync(contactId, ImListError.InvalidIdMalformed);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public Task RemoveContactFromImList_EmptyId_ReportsEmpty(string? contactId) =>
        ShouldFailWithoutChangesAsync(contactId, ImListError.InvalidIdEmpty);

    private ImContact ListedContactOfBob()
    {
        var frank = store.AddContact(Bob, "Frank", "frank@contoso.com", ContactFolder.QuickContacts);
        store.AddMember(store.AddGroup(Bob, "Colleagues"), frank);
        return frank;
    }

    private Task<ImListResult<Done>> RemoveAsync(string? contactId) =>
        service.RemoveContactFromImListAsync(Alice, contactId, CancellationToken.None);

    private async Task ShouldFailWithoutChangesAsync(string? contactId, ImListError expected)
    {
        var before = store.Snapshot();

        var result = await RemoveAsync(contactId);

        result.Error.Should().Be(expected);
        store.Snapshot().Should().BeEquivalentTo(before);
    }
}
