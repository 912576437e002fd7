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
    public async Task AddImGroup_new_name_returns_stored_user_group_with_name_as_given()
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
    public async Task AddImGroup_name_taken_in_any_case_or_white_space_reports_already_exists_and_adds_nothing(string displayName)
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
    public async Task AddImGroup_reserved_system_name_reports_already_exists_and_adds_nothing(string displayName)
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
    public async Task AddImGroup_reserved_name_in_mailbox_without_system_groups_reports_already_exists(string displayName)
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
    public async Task AddImGroup_blank_name_throws_argument_exception_and_changes_nothing(string? displayName)
    {
        var before = store.Snapshot();

        var add = () => Service().AddImGroupAsync(Alice, displayName!, CancellationToken.None);

        await add.Should().ThrowAsync<ArgumentException>();
        store.Snapshot().Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task AddImGroup_name_taken_in_another_mailbox_succeeds()
    {
        store.AddGroup(Bob, "Friends");

        var result = await AddAsync("Friends");

        result.IsSuccess.Should().BeTrue();
        store.UserGroups(Alice).Should().ContainSingle();
    }

    [Fact]
    public async Task AddImGroup_limit_reached_reports_limit_reached_and_adds_nothing()
    {
        store.AddGroup(Alice, "One");
        store.AddGroup(Alice, "Two");
        var before = store.Snapshot();

        var result = await Service(maxGroups: 2).AddImGroupAsync(Alice, "Three", CancellationToken.None);

        result.Error.Should().Be(ImListError.ImGroupLimitReached);
        store.Snapshot().Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task AddImGroup_only_system_groups_and_limit_of_one_adds_one_group_then_reports_limit()
    {
        var first = await Service(maxGroups: 1).AddImGroupAsync(Alice, "One", CancellationToken.None);
        var second = await Service(maxGroups: 1).AddImGroupAsync(Alice, "Two", CancellationToken.None);

        first.IsSuccess.Should().BeTrue("the three system groups do not count towards the limit");
        second.Error.Should().Be(ImListError.ImGroupLimitReached);
        store.UserGroups(Alice).Should().ContainSingle().Which.DisplayName.Should().Be("One");
    }

    [Fact]
    public async Task AddImGroup_distribution_group_at_limit_reports_limit_reached()
    {
        store.AddDistributionGroup(Alice, new DirectoryGroup("sales@contoso.com", "Sales"));

        var result = await Service(maxGroups: 1).AddImGroupAsync(Alice, "Friends", CancellationToken.None);

        result.Error.Should().Be(ImListError.ImGroupLimitReached);
    }

    [Fact]
    public async Task AddImGroup_other_mailbox_at_limit_succeeds()
    {
        store.AddGroup(Bob, "One");

        var result = await Service(maxGroups: 1).AddImGroupAsync(Alice, "One", CancellationToken.None);

        result.IsSuccess.Should().BeTrue();
    }

    [Fact]
    public async Task AddImGroup_store_reports_name_taken_reports_already_exists_and_adds_nothing()
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
