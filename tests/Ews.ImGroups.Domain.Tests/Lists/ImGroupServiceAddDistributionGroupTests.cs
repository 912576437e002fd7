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
    public async Task AddDistributionGroup_no_directory_group_reports_invalid_smtp_address_and_changes_nothing()
    {
        var before = store.Snapshot();

        var result = await AddAsync(null, "Sales");

        result.Error.Should().Be(ImListError.InvalidImDistributionGroupSmtpAddress);
        result.Value.Should().BeNull();
        store.Snapshot().Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task AddDistributionGroup_new_group_adds_distribution_group_with_smtp_address_and_given_name()
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
    public async Task AddDistributionGroup_blank_display_name_is_refused_as_a_caller_error(string displayName)
    {
        var add = () => AddAsync(Sales, displayName);

        await add.Should().ThrowAsync<ArgumentException>();
        store.UserGroups(Alice).Should().BeEmpty();
    }

    [Fact]
    public async Task AddDistributionGroup_second_add_returns_the_same_group_and_adds_nothing()
    {
        var first = await AddAsync(Sales, "Sales");
        var before = store.Snapshot();

        var second = await AddAsync(Sales, "Another Name");

        second.IsSuccess.Should().BeTrue();
        second.Value.Should().Be(first.Value);
        store.Snapshot().Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task AddDistributionGroup_listed_already_at_limit_returns_the_listed_group()
    {
        var first = await AddAsync(Sales, "Sales", maxGroups: 1);

        var second = await AddAsync(Sales, "Sales", maxGroups: 1);

        second.Value.Should().Be(first.Value);
    }

    [Theory]
    [InlineData("Friends")]
    [InlineData("FRIENDS ")]
    public async Task AddDistributionGroup_name_of_user_group_reports_already_exists_and_adds_nothing(string displayName)
    {
        store.AddGroup(Alice, "Friends");
        var before = store.Snapshot();

        var result = await AddAsync(Sales, displayName);

        result.Error.Should().Be(ImListError.ImGroupDisplayNameAlreadyExists);
        store.Snapshot().Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task AddDistributionGroup_name_of_another_listed_group_reports_already_exists()
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
    public async Task AddDistributionGroup_reserved_system_name_reports_already_exists(string displayName)
    {
        var result = await AddAsync(Sales, displayName);

        result.Error.Should().Be(ImListError.ImGroupDisplayNameAlreadyExists);
        store.UserGroups(Alice).Should().BeEmpty();
    }

    [Fact]
    public async Task AddDistributionGroup_limit_reached_reports_limit_reached_and_adds_nothing()
    {
        store.AddGroup(Alice, "Friends");
        var before = store.Snapshot();

        var result = await AddAsync(Sales, "Sales", maxGroups: 1);

        result.Error.Should().Be(ImListError.ImGroupLimitReached);
        store.Snapshot().Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task AddDistributionGroup_only_system_groups_and_limit_of_one_succeeds()
    {
        var result = await AddAsync(Sales, "Sales", maxGroups: 1);

        result.IsSuccess.Should().BeTrue();
    }

    [Fact]
    public async Task AddDistributionGroup_listed_in_another_mailbox_adds_a_group_of_this_mailbox()
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
