using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Tests.Lists.Fakes;
using static Ews.ImGroups.Domain.Tests.Lists.Fakes.TestIds;

namespace Ews.ImGroups.Domain.Tests.Lists;

public class ImGroupServiceRemoveImGroupTests
{
    private readonly InMemoryImListStore store = new();
    private readonly ImGroupService service;
    private readonly ImGroup friends;
    private readonly ImGroup family;
    private readonly ImContact carol;
    private readonly ImContact dave;

    public ImGroupServiceRemoveImGroupTests()
    {
        service = new ImGroupService(store, ImListLimits.Default, TestIds.Codec);
        friends = store.AddGroup(Alice, "Friends");
        family = store.AddGroup(Alice, "Family");
        carol = store.AddContact(Alice, "Carol", "sip:carol@contoso.com");
        dave = store.AddContact(Alice, "Dave", "dave@contoso.com");
        store.AddMember(friends, carol);
        store.AddMember(friends, dave);
        store.AddMember(family, dave);
    }

    [Fact]
    public async Task RemoveImGroup_user_group_removes_group_and_its_memberships()
    {
        var result = await RemoveAsync(Of(friends));

        result.IsSuccess.Should().BeTrue();
        result.Value!.Number.Should().Be(friends.Number);
        store.Groups(Alice).Should().NotContain(g => g.Number == friends.Number);
        store.Memberships(Alice).Should().Equal((family.Number, dave.Number));
    }

    [Fact]
    public async Task RemoveImGroup_member_in_no_other_group_leaves_the_list()
    {
        await RemoveAsync(Of(friends));

        store.IsListed(carol).Should().BeFalse();
        store.GroupsOf(dave).Should().Equal(family.Number);
    }

    [Fact]
    public async Task RemoveImGroup_other_groups_keep_their_versions()
    {
        await RemoveAsync(Of(friends));

        store.Group(Alice, family.Number).Version.Should().Be(family.Version);
    }

    [Fact]
    public async Task RemoveImGroup_distribution_group_removes_group_and_its_memberships()
    {
        var sales = store.AddDistributionGroup(Alice, new DirectoryGroup("sales@contoso.com", "Sales"));
        store.AddMember(sales, carol);

        var result = await RemoveAsync(Of(sales));

        result.IsSuccess.Should().BeTrue();
        store.Groups(Alice).Should().NotContain(g => g.Number == sales.Number);
        store.GroupsOf(carol).Should().Equal(friends.Number);
    }

    [Fact]
    public async Task RemoveImGroup_removed_group_frees_its_name()
    {
        await RemoveAsync(Of(friends));

        var added = await service.AddImGroupAsync(Alice, "friends", CancellationToken.None);

        added.IsSuccess.Should().BeTrue();
    }

    [Fact]
    public async Task RemoveImGroup_same_group_twice_reports_invalid_group_id_the_second_time()
    {
        await RemoveAsync(Of(friends));

        var again = await RemoveAsync(Of(friends));

        again.Error.Should().Be(ImListError.InvalidImGroupId);
    }

    [Theory]
    [InlineData(GroupTypes.OtherContacts)]
    [InlineData(GroupTypes.Tagged)]
    [InlineData(GroupTypes.Favorites)]
    public async Task RemoveImGroup_system_group_reports_cannot_remove_system_group(string groupType)
    {
        var system = store.SystemGroup(Alice, groupType);
        store.AddMember(system, carol);

        await ShouldFailWithoutChangesAsync(Of(system), ImListError.CannotRemoveSystemGroup);
    }

    [Fact]
    public Task RemoveImGroup_UnknownGroup_ReportsInvalidGroupId() =>
        ShouldFailWithoutChangesAsync(UnknownGroup(Alice), ImListError.InvalidImGroupId);

    [Fact]
    public Task RemoveImGroup_GroupOfAnotherMailbox_ReportsInvalidGroupId() =>
        ShouldFailWithoutChangesAsync(Of(store.AddGroup(Bob, "Colleagues")), ImListError.InvalidImGroupId);

    [Fact]
    public Task RemoveImGroup_OtherMailboxGroupNumberUnderOwnMailbox_ReportsInvalidGroupId() =>
        ShouldFailWithoutChangesAsync(Forged(store.AddGroup(Bob, "Colleagues"), Alice), ImListError.InvalidImGroupId);

    [Fact]
    public Task RemoveImGroup_ContactIdAsGroupId_ReportsInvalidGroupId() =>
        ShouldFailWithoutChangesAsync(Of(carol), ImListError.InvalidImGroupId);

    [Theory]
    [InlineData(Malformed)]
    [InlineData(WrongFormat)]
    public Task RemoveImGroup_MalformedId_ReportsMalformed(string groupId) =>
        ShouldFailWithoutChangesAsync(groupId, ImListError.InvalidIdMalformed);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public Task RemoveImGroup_EmptyId_ReportsEmpty(string? groupId) =>
        ShouldFailWithoutChangesAsync(groupId, ImListError.InvalidIdEmpty);

    private Task<ImListResult<ImGroup>> RemoveAsync(string? groupId) => service.RemoveImGroupAsync(Alice, groupId, CancellationToken.None);

    private async Task ShouldFailWithoutChangesAsync(string? groupId, ImListError expected)
    {
        var before = store.Snapshot();

        var result = await RemoveAsync(groupId);

        result.Error.Should().Be(expected);
        store.Snapshot().Should().BeEquivalentTo(before);
    }
}
