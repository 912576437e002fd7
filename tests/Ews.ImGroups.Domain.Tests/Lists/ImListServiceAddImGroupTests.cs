using Ews.ImGroups.Domain.Lists;

namespace Ews.ImGroups.Domain.Tests.Lists;

public class ImListServiceAddImGroupTests
{
    private const long Alice = 1;
    private const long Bob = 2;

    private readonly InMemoryImListStore store = new();

    [Fact]
    public async Task AddImGroup_NewName_ReturnsUserGroupWithNameAsGiven()
    {
        var result = await Service().AddImGroupAsync(Alice, "My Friends", CancellationToken.None);

        result.IsSuccess.Should().BeTrue();
        result.Value!.DisplayName.Should().Be("My Friends");
        result.Value.GroupType.Should().Be(GroupTypes.UserGroup);
        result.Value.MailboxId.Should().Be(Alice);
        store.Groups(Alice).Should().ContainSingle().Which.Should().Be(result.Value);
    }

    [Theory]
    [InlineData("Friends")]
    [InlineData("FRIENDS")]
    [InlineData("friends")]
    [InlineData(" Friends  ")]
    public async Task AddImGroup_NameTakenInAnyCase_ReportsAlreadyExistsAndAddsNothing(string displayName)
    {
        store.AddGroup(Alice, "Friends");
        var before = store.Snapshot();

        var result = await Service().AddImGroupAsync(Alice, displayName, CancellationToken.None);

        result.Error.Should().Be(ImListError.ImGroupDisplayNameAlreadyExists);
        store.Snapshot().Should().BeEquivalentTo(before);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AddImGroup_BlankName_IsRefusedAsACallerError(string displayName)
    {
        var add = () => Service().AddImGroupAsync(Alice, displayName, CancellationToken.None);

        await add.Should().ThrowAsync<ArgumentException>();
        store.Groups(Alice).Should().BeEmpty();
    }

    [Fact]
    public async Task AddImGroup_NameTakenInAnotherMailbox_Succeeds()
    {
        store.AddGroup(Bob, "Friends");

        var result = await Service().AddImGroupAsync(Alice, "Friends", CancellationToken.None);

        result.IsSuccess.Should().BeTrue();
        store.Groups(Alice).Should().ContainSingle();
    }

    [Theory]
    [InlineData("other contacts")]
    [InlineData("Other Contacts")]
    [InlineData("OTHER CONTACTS")]
    [InlineData("Other Contacts ")]
    public async Task AddImGroup_ReservedSystemName_ReportsAlreadyExistsEvenBeforeSystemGroupExists(string displayName)
    {
        var result = await Service().AddImGroupAsync(Alice, displayName, CancellationToken.None);

        result.Error.Should().Be(ImListError.ImGroupDisplayNameAlreadyExists);
        store.Groups(Alice).Should().BeEmpty();
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
    public async Task AddImGroup_OneBelowLimitWithOtherContactsPresent_Succeeds()
    {
        store.AddGroup(Alice, SystemGroups.OtherContactsName, GroupTypes.OtherContacts);
        store.AddGroup(Alice, "One");

        var result = await Service(maxGroups: 2).AddImGroupAsync(Alice, "Two", CancellationToken.None);

        result.IsSuccess.Should().BeTrue();
        store.Groups(Alice).Should().HaveCount(3);
    }

    [Fact]
    public async Task AddImGroup_LimitsAreCountedPerMailbox()
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

        var result = await Service().AddImGroupAsync(Alice, "Friends", CancellationToken.None);

        result.Error.Should().Be(ImListError.ImGroupDisplayNameAlreadyExists);
        store.Groups(Alice).Should().BeEmpty();
    }

    private ImListService Service(int maxGroups = ImListLimits.DefaultMaxGroups) => new(store, new ImListLimits(maxGroups));
}
