using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Tests.Lists.Fakes;
using static Ews.ImGroups.Domain.Tests.Lists.Fakes.TestIds;

namespace Ews.ImGroups.Domain.Tests.Lists;

public class ImGroupServiceAddDistributionGroupTests
{
    private static readonly DirectoryGroup Sales = new("sales@contoso.com", "Sales");
    private static readonly DirectoryGroup Support = new("support@contoso.com", "Support");

    private readonly InMemoryImListStore store = new();

    public ImGroupServiceAddDistributionGroupTests()
    {
        store.Groups(Alice);
        store.Groups(Bob);
    }

    [Fact]
    public async Task AddDistributionGroup_NoDirectoryGroup_ReportsInvalidSmtpAddressAndChangesNothing()
    {
        var before = store.Snapshot();

        var result = await AddAsync(null, "Sales");

        result.Error.Should().Be(ImListError.InvalidImDistributionGroupSmtpAddress);
        result.Value.Should().BeNull();
        store.Snapshot().Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task AddDistributionGroup_NewGroup_AddsDistributionGroupWithSmtpAddressAndGivenName()
    {
        var result = await AddAsync(Sales, "Sales Team");

        result.IsSuccess.Should().BeTrue();
        result.Value!.GroupType.Should().Be(GroupTypes.DistributionGroup);
        result.Value.IsDistributionGroup.Should().BeTrue();
        result.Value.SmtpAddress.Should().Be(Sales.SmtpAddress);
        result.Value.DisplayName.Should().Be("Sales Team");
        result.Value.MailboxId.Should().Be(Alice);
        store.UserGroups(Alice).Should().ContainSingle().Which.Should().Be(result.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AddDistributionGroup_BlankDisplayName_IsRefusedAsACallerError(string displayName)
    {
        var add = () => AddAsync(Sales, displayName);

        await add.Should().ThrowAsync<ArgumentException>();
        store.UserGroups(Alice).Should().BeEmpty();
    }

    [Fact]
    public async Task AddDistributionGroup_SecondAdd_ReturnsTheSameGroupAndAddsNothing()
    {
        var first = await AddAsync(Sales, "Sales");
        var before = store.Snapshot();

        var second = await AddAsync(Sales, "Another Name");

        second.IsSuccess.Should().BeTrue();
        second.Value.Should().Be(first.Value);
        store.Snapshot().Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task AddDistributionGroup_ListedAlreadyAtLimit_ReturnsTheListedGroup()
    {
        var first = await AddAsync(Sales, "Sales", maxGroups: 1);

        var second = await AddAsync(Sales, "Sales", maxGroups: 1);

        second.Value.Should().Be(first.Value);
    }

    [Theory]
    [InlineData("Friends")]
    [InlineData("FRIENDS ")]
    public async Task AddDistributionGroup_NameOfUserGroup_ReportsAlreadyExistsAndAddsNothing(string displayName)
    {
        store.AddGroup(Alice, "Friends");
        var before = store.Snapshot();

        var result = await AddAsync(Sales, displayName);

        result.Error.Should().Be(ImListError.ImGroupDisplayNameAlreadyExists);
        store.Snapshot().Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task AddDistributionGroup_NameOfAnotherListedGroup_ReportsAlreadyExists()
    {
        await AddAsync(Support, "Sales");

        var result = await AddAsync(Sales, "sales");

        result.Error.Should().Be(ImListError.ImGroupDisplayNameAlreadyExists);
        store.UserGroups(Alice).Should().ContainSingle().Which.SmtpAddress.Should().Be(Support.SmtpAddress);
    }

    [Theory]
    [InlineData("Other Contacts")]
    [InlineData("tagged")]
    [InlineData("Favorites")]
    public async Task AddDistributionGroup_ReservedSystemName_ReportsAlreadyExists(string displayName)
    {
        var result = await AddAsync(Sales, displayName);

        result.Error.Should().Be(ImListError.ImGroupDisplayNameAlreadyExists);
        store.UserGroups(Alice).Should().BeEmpty();
    }

    [Fact]
    public async Task AddDistributionGroup_LimitReached_ReportsLimitReachedAndAddsNothing()
    {
        store.AddGroup(Alice, "Friends");
        var before = store.Snapshot();

        var result = await AddAsync(Sales, "Sales", maxGroups: 1);

        result.Error.Should().Be(ImListError.ImGroupLimitReached);
        store.Snapshot().Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task AddDistributionGroup_OnlySystemGroupsAndLimitOfOne_Succeeds()
    {
        var result = await AddAsync(Sales, "Sales", maxGroups: 1);

        result.IsSuccess.Should().BeTrue();
    }

    [Fact]
    public async Task AddDistributionGroup_ListedInAnotherMailbox_AddsAGroupOfThisMailbox()
    {
        var bobs = await Service().AddDistributionGroupAsync(Bob, Sales, "Sales", CancellationToken.None);

        var alices = await AddAsync(Sales, "Sales");

        alices.IsSuccess.Should().BeTrue();
        alices.Value!.MailboxId.Should().Be(Alice);
        alices.Value.Number.Should().NotBe(bobs.Value!.Number);
    }

    private ImGroupService Service(int maxGroups = ImListLimits.DefaultMaxGroups) =>
        new(store, new ImListLimits(maxGroups, ImListLimits.DefaultMaxContacts), TestIds.Codec);

    private Task<ImListResult<ImGroup>> AddAsync(DirectoryGroup? directoryGroup, string displayName, int maxGroups = ImListLimits.DefaultMaxGroups) =>
        Service(maxGroups).AddDistributionGroupAsync(Alice, directoryGroup, displayName, CancellationToken.None);
}
