using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Tests.Lists.Fakes;
using static Ews.ImGroups.Domain.Tests.Lists.Fakes.TestIds;

namespace Ews.ImGroups.Domain.Tests.Lists;

public class ImGroupServiceAddImGroupTests
{
    private readonly InMemoryImListStore store = new();

    public ImGroupServiceAddImGroupTests()
    {
        store.Groups(Alice);
        store.Groups(Bob);
    }

    [Fact]
    public async Task AddImGroup_NewName_ReturnsStoredUserGroupWithNameAsGiven()
    {
        var result = await AddAsync("My Friends");

        result.IsSuccess.Should().BeTrue();
        result.Value!.DisplayName.Should().Be("My Friends");
        result.Value.GroupType.Should().Be(GroupTypes.UserGroup);
        result.Value.MailboxId.Should().Be(Alice);
        result.Value.Version.Should().Be(0);
        result.Value.SmtpAddress.Should().BeNull();
        store.UserGroups(Alice).Should().ContainSingle().Which.Should().Be(result.Value);
        store.Groups(Alice).Should().HaveCount(SystemGroups.All.Count + 1);
    }

    [Theory]
    [InlineData("Friends")]
    [InlineData("FRIENDS")]
    [InlineData("friends")]
    [InlineData(" Friends  ")]
    [InlineData("\tfRiEnDs")]
    public async Task AddImGroup_NameTakenInAnyCaseOrWhiteSpace_ReportsAlreadyExistsAndAddsNothing(string displayName)
    {
        store.AddGroup(Alice, "Friends");
        var before = store.Snapshot();

        var result = await AddAsync(displayName);

        result.Error.Should().Be(ImListError.ImGroupDisplayNameAlreadyExists);
        result.Value.Should().BeNull();
        store.Snapshot().Should().BeEquivalentTo(before);
    }

    [Theory]
    [InlineData("Other Contacts")]
    [InlineData("other contacts")]
    [InlineData("OTHER CONTACTS ")]
    [InlineData("Tagged")]
    [InlineData(" tagged")]
    [InlineData("Favorites")]
    [InlineData("FAVORITES")]
    public async Task AddImGroup_ReservedSystemName_ReportsAlreadyExistsAndAddsNothing(string displayName)
    {
        var before = store.Snapshot();

        var result = await AddAsync(displayName);

        result.Error.Should().Be(ImListError.ImGroupDisplayNameAlreadyExists);
        store.Snapshot().Should().BeEquivalentTo(before);
    }

    [Theory]
    [InlineData("Other Contacts")]
    [InlineData("tagged")]
    [InlineData("Favorites")]
    public async Task AddImGroup_ReservedNameInMailboxWithoutSystemGroups_ReportsAlreadyExists(string displayName)
    {
        const long bare = 3;
        store.AddBareMailbox(bare);

        var result = await Service().AddImGroupAsync(bare, displayName, CancellationToken.None);

        result.Error.Should().Be(ImListError.ImGroupDisplayNameAlreadyExists);
        store.Groups(bare).Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task AddImGroup_BlankName_ThrowsArgumentExceptionAndChangesNothing(string? displayName)
    {
        var before = store.Snapshot();

        var add = () => Service().AddImGroupAsync(Alice, displayName!, CancellationToken.None);

        await add.Should().ThrowAsync<ArgumentException>();
        store.Snapshot().Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task AddImGroup_NameTakenInAnotherMailbox_Succeeds()
    {
        store.AddGroup(Bob, "Friends");

        var result = await AddAsync("Friends");

        result.IsSuccess.Should().BeTrue();
        store.UserGroups(Alice).Should().ContainSingle();
    }

    [Fact]
    public async Task AddImGroup_LimitReached_ReportsLimitReachedAndAddsNothing()
    {
        store.AddGroup(Alice, "One");
        store.AddGroup(Alice, "Two");
        var before = store.Snapshot();

        var result = await Service(maxGroups: 2).AddImGroupAsync(Alice, "Three", CancellationToken.None);

        result.Error.Should().Be(ImListError.ImGroupLimitReached);
        store.Snapshot().Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task AddImGroup_OnlySystemGroupsAndLimitOfOne_AddsOneGroupThenReportsLimit()
    {
        var first = await Service(maxGroups: 1).AddImGroupAsync(Alice, "One", CancellationToken.None);
        var second = await Service(maxGroups: 1).AddImGroupAsync(Alice, "Two", CancellationToken.None);

        first.IsSuccess.Should().BeTrue("the three system groups do not count towards the limit");
        second.Error.Should().Be(ImListError.ImGroupLimitReached);
        store.UserGroups(Alice).Should().ContainSingle().Which.DisplayName.Should().Be("One");
    }

    [Fact]
    public async Task AddImGroup_DistributionGroupAtLimit_ReportsLimitReached()
    {
        store.AddDistributionGroup(Alice, new DirectoryGroup("sales@contoso.com", "Sales"));

        var result = await Service(maxGroups: 1).AddImGroupAsync(Alice, "Friends", CancellationToken.None);

        result.Error.Should().Be(ImListError.ImGroupLimitReached);
    }

    [Fact]
    public async Task AddImGroup_OtherMailboxAtLimit_Succeeds()
    {
        store.AddGroup(Bob, "One");

        var result = await Service(maxGroups: 1).AddImGroupAsync(Alice, "One", CancellationToken.None);

        result.IsSuccess.Should().BeTrue();
    }

    [Fact]
    public async Task AddImGroup_StoreReportsNameTaken_ReportsAlreadyExistsAndAddsNothing()
    {
        // The store's uniqueness guarantee catches a concurrent writer the rule check could not see.
        store.RejectNextGroupName = true;
        var before = store.Snapshot();

        var result = await AddAsync("Friends");

        result.Error.Should().Be(ImListError.ImGroupDisplayNameAlreadyExists);
        store.Snapshot().Should().BeEquivalentTo(before);
    }

    private ImGroupService Service(int maxGroups = ImListLimits.DefaultMaxGroups) =>
        new(store, new ImListLimits(maxGroups, ImListLimits.DefaultMaxContacts), TestIds.Codec);

    private Task<ImListResult<ImGroup>> AddAsync(string displayName) => Service().AddImGroupAsync(Alice, displayName, CancellationToken.None);
}
