using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Tests.Lists.Fakes;
using static Ews.ImGroups.Domain.Tests.Lists.Fakes.TestIds;

namespace Ews.ImGroups.Domain.Tests.Lists;

public class ImGroupServiceSetImGroupTests
{
    private readonly InMemoryImListStore store = new();
    private readonly ImGroupService service;
    private readonly ImGroup friends;
    private readonly ImGroup family;
    private readonly ImGroup bobsGroup;

    public ImGroupServiceSetImGroupTests()
    {
        service = new ImGroupService(store, ImListLimits.Default, TestIds.Codec);
        friends = store.AddGroup(Alice, "Friends");
        family = store.AddGroup(Alice, "Family");
        bobsGroup = store.AddGroup(Bob, "Colleagues");
    }

    [Fact]
    public async Task SetImGroup_new_name_renames_and_bumps_version()
    {
        var result = await SetAsync(Of(friends), "Best Friends");

        result.IsSuccess.Should().BeTrue();
        result.Value!.Number.Should().Be(friends.Number);
        result.Value.DisplayName.Should().Be("Best Friends");
        result.Value.Version.Should().Be(friends.Version + 1);
        store.Group(Alice, friends.Number).Should().Be(result.Value);
    }

    [Fact]
    public async Task SetImGroup_renamed_twice_bumps_version_each_time()
    {
        await SetAsync(Of(friends), "Pals");

        var result = await SetAsync(Of(friends), "Mates");

        result.Value!.Version.Should().Be(friends.Version + 2);
        store.Group(Alice, friends.Number).DisplayName.Should().Be("Mates");
    }

    [Theory]
    [InlineData("FRIENDS")]
    [InlineData("friends")]
    [InlineData("Friends")]
    public async Task SetImGroup_own_name_in_another_case_renames_and_bumps_version(string newName)
    {
        var result = await SetAsync(Of(friends), newName);

        result.IsSuccess.Should().BeTrue();
        result.Value!.DisplayName.Should().Be(newName);
        result.Value.Version.Should().Be(friends.Version + 1);
    }

    [Theory]
    [InlineData("Family")]
    [InlineData("FAMILY")]
    [InlineData(" family ")]
    public async Task SetImGroup_name_of_another_group_reports_already_exists_and_changes_nothing(string newName)
    {
        await ShouldFailWithoutChangesAsync(Of(friends), newName, ImListError.ImGroupDisplayNameAlreadyExists);
    }

    [Theory]
    [InlineData("Other Contacts")]
    [InlineData("tagged")]
    [InlineData("FAVORITES")]
    public async Task SetImGroup_reserved_system_name_reports_already_exists_and_changes_nothing(string newName)
    {
        await ShouldFailWithoutChangesAsync(Of(friends), newName, ImListError.ImGroupDisplayNameAlreadyExists);
    }

    [Fact]
    public async Task SetImGroup_name_of_group_in_another_mailbox_succeeds()
    {
        var result = await SetAsync(Of(friends), "Colleagues");

        result.IsSuccess.Should().BeTrue();
        store.Group(Alice, friends.Number).DisplayName.Should().Be("Colleagues");
    }

    [Fact]
    public async Task SetImGroup_distribution_group_renames()
    {
        var sales = store.AddDistributionGroup(Alice, new DirectoryGroup("sales@contoso.com", "Sales"));

        var result = await SetAsync(Of(sales), "Sales Team");

        result.IsSuccess.Should().BeTrue();
        result.Value!.DisplayName.Should().Be("Sales Team");
        result.Value.GroupType.Should().Be(GroupTypes.DistributionGroup);
        result.Value.SmtpAddress.Should().Be("sales@contoso.com");
    }

    [Fact]
    public async Task SetImGroup_renamed_group_frees_its_old_name()
    {
        await SetAsync(Of(friends), "Pals");

        var result = await SetAsync(Of(family), "Friends");

        result.IsSuccess.Should().BeTrue();
    }

    [Theory]
    [InlineData(GroupTypes.OtherContacts)]
    [InlineData(GroupTypes.Tagged)]
    [InlineData(GroupTypes.Favorites)]
    public async Task SetImGroup_system_group_reports_cannot_rename_system_group(string groupType)
    {
        await ShouldFailWithoutChangesAsync(Of(store.SystemGroup(Alice, groupType)), "Renamed", ImListError.CannotRenameSystemGroup);
    }

    [Fact]
    public Task SetImGroup_UnknownGroup_ReportsInvalidGroupId() =>
        ShouldFailWithoutChangesAsync(UnknownGroup(Alice), "Renamed", ImListError.InvalidImGroupId);

    [Fact]
    public Task SetImGroup_GroupOfAnotherMailbox_ReportsInvalidGroupId() =>
        ShouldFailWithoutChangesAsync(Of(bobsGroup), "Renamed", ImListError.InvalidImGroupId);

    [Fact]
    public Task SetImGroup_OtherMailboxGroupNumberUnderOwnMailbox_ReportsInvalidGroupId() =>
        ShouldFailWithoutChangesAsync(Forged(bobsGroup, Alice), "Renamed", ImListError.InvalidImGroupId);

    [Fact]
    public Task SetImGroup_ContactIdAsGroupId_ReportsInvalidGroupId() =>
        ShouldFailWithoutChangesAsync(Of(store.AddContact(Alice, "Carol", "carol@contoso.com")), "Renamed", ImListError.InvalidImGroupId);

    [Theory]
    [InlineData(Malformed)]
    [InlineData(WrongFormat)]
    public Task SetImGroup_MalformedId_ReportsMalformed(string groupId) =>
        ShouldFailWithoutChangesAsync(groupId, "Renamed", ImListError.InvalidIdMalformed);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public Task SetImGroup_EmptyId_ReportsEmpty(string? groupId) =>
        ShouldFailWithoutChangesAsync(groupId, "Renamed", ImListError.InvalidIdEmpty);

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public async Task SetImGroup_blank_name_throws_argument_exception(string newName)
    {
        var before = store.Snapshot();

        var set = () => SetAsync(Of(friends), newName);

        await set.Should().ThrowAsync<ArgumentException>();
        store.Snapshot().Should().BeEquivalentTo(before);
    }

    private Task<ImListResult<ImGroup>> SetAsync(string? groupId, string newName) =>
        service.SetImGroupAsync(Alice, groupId, newName, CancellationToken.None);

    private async Task ShouldFailWithoutChangesAsync(string? groupId, string newName, ImListError expected)
    {
        var before = store.Snapshot();

        var result = await SetAsync(groupId, newName);

        result.Error.Should().Be(expected);
        result.Value.Should().BeNull();
        store.Snapshot().Should().BeEquivalentTo(before);
    }
}
