using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Tests.Lists.Fakes;
using static Ews.ImGroups.Domain.Tests.Lists.Fakes.TestIds;

namespace Ews.ImGroups.Domain.Tests.Lists;

public class ImGroupServiceRemoveDistributionGroupTests
{
    private readonly InMemoryImListStore store = new();
    private readonly ImGroupService service;
    private readonly ImGroup sales;
    private readonly ImGroup friends;
    private readonly ImContact carol;

    public ImGroupServiceRemoveDistributionGroupTests()
    {
        service = new ImGroupService(store, ImListLimits.Default, TestIds.Codec);
        sales = store.AddDistributionGroup(Alice, new DirectoryGroup("sales@contoso.com", "Sales"));
        friends = store.AddGroup(Alice, "Friends");
        carol = store.AddContact(Alice, "Carol", "carol@contoso.com");
        store.AddMember(sales, carol);
        store.AddMember(friends, carol);
    }

    [Fact]
    public async Task RemoveDistributionGroup_listed_distribution_group_removes_it_and_its_memberships()
    {
        var result = await RemoveAsync(Of(sales));

        result.IsSuccess.Should().BeTrue();
        result.Value!.Number.Should().Be(sales.Number);
        store.Groups(Alice).Should().NotContain(g => g.Number == sales.Number);
        store.Memberships(Alice).Should().Equal((friends.Number, carol.Number));
    }

    [Fact]
    public async Task RemoveDistributionGroup_second_time_reports_item_not_found()
    {
        await RemoveAsync(Of(sales));

        var again = await RemoveAsync(Of(sales));

        again.Error.Should().Be(ImListError.ItemNotFound);
    }

    [Fact]
    public Task RemoveDistributionGroup_UserGroup_ReportsItemNotFound() =>
        ShouldFailWithoutChangesAsync(Of(friends), ImListError.ItemNotFound);

    [Theory]
    [InlineData(GroupTypes.OtherContacts)]
    [InlineData(GroupTypes.Tagged)]
    [InlineData(GroupTypes.Favorites)]
    public Task RemoveDistributionGroup_SystemGroup_ReportsItemNotFound(string groupType) =>
        ShouldFailWithoutChangesAsync(Of(store.SystemGroup(Alice, groupType)), ImListError.ItemNotFound);

    [Fact]
    public Task RemoveDistributionGroup_UnknownGroup_ReportsItemNotFound() =>
        ShouldFailWithoutChangesAsync(UnknownGroup(Alice), ImListError.ItemNotFound);

    [Fact]
    public Task RemoveDistributionGroup_DistributionGroupOfAnotherMailbox_ReportsItemNotFound() =>
        ShouldFailWithoutChangesAsync(
            Of(store.AddDistributionGroup(Bob, new DirectoryGroup("sales@contoso.com", "Sales"))), ImListError.ItemNotFound);

    [Fact]
    public Task RemoveDistributionGroup_OtherMailboxGroupNumberUnderOwnMailbox_ReportsItemNotFound() =>
        ShouldFailWithoutChangesAsync(
            Forged(store.AddDistributionGroup(Bob, new DirectoryGroup("sales@contoso.com", "Sales")), Alice), ImListError.ItemNotFound);

    [Fact]
    public Task RemoveDistributionGroup_ContactIdAsGroupId_ReportsItemNotFound() =>
        ShouldFailWithoutChangesAsync(Of(carol), ImListError.ItemNotFound);

    [Theory]
    [InlineData(Malformed)]
    [InlineData(WrongFormat)]
    public Task RemoveDistributionGroup_MalformedId_ReportsMalformed(string groupId) =>
        ShouldFailWithoutChangesAsync(groupId, ImListError.InvalidIdMalformed);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public Task RemoveDistributionGroup_EmptyId_ReportsEmpty(string? groupId) =>
        ShouldFailWithoutChangesAsync(groupId, ImListError.InvalidIdEmpty);

    private Task<ImListResult<ImGroup>> RemoveAsync(string? groupId) =>
        service.RemoveDistributionGroupAsync(Alice, groupId, CancellationToken.None);

    private async Task ShouldFailWithoutChangesAsync(string? groupId, ImListError expected)
    {
        var before = store.Snapshot();

        var result = await RemoveAsync(groupId);

        result.Error.Should().Be(expected);
        result.Value.Should().BeNull();
        store.Snapshot().Should().BeEquivalentTo(before);
    }
}
