using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Tests.Lists.Fakes;
using static Ews.ImGroups.Domain.Tests.Lists.Fakes.TestIds;

namespace Ews.ImGroups.Domain.Tests.Lists;

public class ImContactServiceRemoveImContactFromGroupTests
{
    private readonly InMemoryImListStore store = new();
    private readonly ImContactService service;
    private readonly ImGroup friends;
    private readonly ImGroup family;
    private readonly ImGroup sales;
    private readonly ImContact carol;
    private readonly ImContact dave;

    public ImContactServiceRemoveImContactFromGroupTests()
    {
        service = new ImContactService(store, ImListLimits.Default, TestIds.Codec, new FixedClock(FixedClock.ReferenceTime));
        friends = store.AddGroup(Alice, "Friends");
        family = store.AddGroup(Alice, "Family");
        sales = store.AddDistributionGroup(Alice, new DirectoryGroup("sales@contoso.com", "Sales"));
        carol = store.AddContact(Alice, "Carol", "carol@contoso.com");
        dave = store.AddContact(Alice, "Dave", "dave@contoso.com");
        store.AddMember(friends, carol);
        store.AddMember(family, carol);
        store.AddMember(sales, carol);
    }

    [Fact]
    public async Task RemoveImContactFromGroup_member_removes_membership_and_bumps_group_version()
    {
        var result = await RemoveAsync(Of(carol), Of(friends));

        result.IsSuccess.Should().BeTrue();
        store.GroupsOf(carol).Should().Equal(family.Number, sales.Number);
        store.Group(Alice, friends.Number).Version.Should().Be(friends.Version + 1);
        store.Group(Alice, family.Number).Version.Should().Be(family.Version);
    }

    [Fact]
    public async Task RemoveImContactFromGroup_member_of_other_contacts_removes_membership()
    {
        var otherContacts = store.SystemGroup(Alice, GroupTypes.OtherContacts);
        store.AddMember(otherContacts, dave);

        var result = await RemoveAsync(Of(dave), Of(otherContacts));

        result.IsSuccess.Should().BeTrue();
        store.IsListed(dave).Should().BeFalse();
    }

    [Fact]
    public Task RemoveImContactFromGroup_NotAMember_ReportsInvalidContactId() =>
        ShouldFailWithoutChangesAsync(Of(dave), Of(friends), ImListError.InvalidImContactId);

    [Fact]
    public Task RemoveImContactFromGroup_DistributionGroup_ReportsUnableToRemove() =>
        ShouldFailWithoutChangesAsync(Of(carol), Of(sales), ImListError.UnableToRemoveImContactFromGroup);

    [Fact]
    public Task RemoveImContactFromGroup_UnknownGroup_ReportsInvalidGroupId() =>
        ShouldFailWithoutChangesAsync(Of(carol), UnknownGroup(Alice), ImListError.InvalidImGroupId);

    [Fact]
    public Task RemoveImContactFromGroup_GroupOfAnotherMailbox_ReportsInvalidGroupId() =>
        ShouldFailWithoutChangesAsync(Of(carol), Of(store.AddGroup(Bob, "Colleagues")), ImListError.InvalidImGroupId);

    [Fact]
    public Task RemoveImContactFromGroup_OtherMailboxGroupNumberUnderOwnMailbox_ReportsInvalidGroupId() =>
        ShouldFailWithoutChangesAsync(Of(carol), Forged(store.AddGroup(Bob, "Colleagues"), Alice), ImListError.InvalidImGroupId);

    [Fact]
    public Task RemoveImContactFromGroup_UnknownContact_ReportsInvalidContactId() =>
        ShouldFailWithoutChangesAsync(UnknownContact(Alice), Of(friends), ImListError.InvalidImContactId);

    [Fact]
    public Task RemoveImContactFromGroup_ContactOfAnotherMailbox_ReportsInvalidContactId() =>
        ShouldFailWithoutChangesAsync(Of(store.AddContact(Bob, "Frank", "frank@contoso.com")), Of(friends), ImListError.InvalidImContactId);

    [Fact]
    public Task RemoveImContactFromGroup_OtherMailboxContactNumberUnderOwnMailbox_ReportsInvalidContactId() =>
        ShouldFailWithoutChangesAsync(Forged(store.AddContact(Bob, "Frank", "frank@contoso.com"), Alice), Of(friends), ImListError.InvalidImContactId);

    [Fact]
    public Task RemoveImContactFromGroup_MalformedContactId_ReportsMalformed() =>
        ShouldFailWithoutChangesAsync(Malformed, Of(friends), ImListError.InvalidIdMalformed);

    [Fact]
    public Task RemoveImContactFromGroup_MalformedGroupId_ReportsMalformed() =>
        ShouldFailWithoutChangesAsync(Of(carol), WrongFormat, ImListError.InvalidIdMalformed);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public Task RemoveImContactFromGroup_EmptyContactId_ReportsEmpty(string? contactId) =>
        ShouldFailWithoutChangesAsync(contactId, Of(friends), ImListError.InvalidIdEmpty);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public Task RemoveImContactFromGroup_EmptyGroupId_ReportsEmpty(string? groupId) =>
        ShouldFailWithoutChangesAsync(Of(carol), groupId, ImListError.InvalidIdEmpty);

    private Task<ImListResult<Done>> RemoveAsync(string? contactId, string? groupId) =>
        service.RemoveImContactFromGroupAsync(Alice, contactId, groupId, CancellationToken.None);

    private async Task ShouldFailWithoutChangesAsync(string? contactId, string? groupId, ImListError expected)
    {
        var before = store.Snapshot();

        var result = await RemoveAsync(contactId, groupId);

        result.Error.Should().Be(expected);
        store.Snapshot().Should().BeEquivalentTo(before);
    }
}
