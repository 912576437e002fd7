using Ews.ImGroups.Domain.Lists;

namespace Ews.ImGroups.Storage.Tests;

/// <summary>The session's group reads and writes, driven through the rules as the host drives them.</summary>
public class EfMailboxSessionGroupTests
{
    [Fact]
    public async Task AddImGroup_new_name_persists_user_group_row()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);

        var result = await store.Groups.AddImGroupAsync(store.Alice, "My Friends", CancellationToken.None);

        var row = (await StoreQueries.UserGroupsAsync(store.Services, store.Alice)).Should().ContainSingle().Subject;
        row.Id.Should().Be(result.Value!.Number);
        row.DisplayName.Should().Be("My Friends");
        row.NormalizedDisplayName.Should().Be(GroupNames.Normalize("My Friends"));
        row.GroupType.Should().Be(GroupTypes.UserGroup);
        row.SmtpAddress.Should().BeNull();
        row.Version.Should().Be(0);
    }

    [Fact]
    public async Task AddImGroup_limit_of_one_ignores_the_system_groups()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database, new ImListLimits(1, ImListLimits.DefaultMaxContacts));

        var first = await store.Groups.AddImGroupAsync(store.Alice, "Friends", CancellationToken.None);
        var second = await store.Groups.AddImGroupAsync(store.Alice, "Family", CancellationToken.None);

        first.IsSuccess.Should().BeTrue();
        second.Error.Should().Be(ImListError.ImGroupLimitReached);
    }

    [Theory]
    [InlineData("other contacts")]
    [InlineData("TAGGED")]
    public async Task AddImGroup_system_group_name_reports_already_exists(string displayName)
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);

        var result = await store.Groups.AddImGroupAsync(store.Alice, displayName, CancellationToken.None);

        result.Error.Should().Be(ImListError.ImGroupDisplayNameAlreadyExists);
        (await StoreQueries.GroupsAsync(store.Services, store.Alice)).Should().HaveCount(SystemGroups.All.Count);
    }

    [Fact]
    public async Task SetImGroup_new_name_persists_name_and_bumps_version()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var friends = await store.AddGroupAsync(store.Alice, "Friends");

        var result = await store.Groups.SetImGroupAsync(store.Alice, SeededStore.Id(friends), "Best Friends", CancellationToken.None);

        result.Value!.Version.Should().Be(friends.Version + 1);
        var row = await StoreQueries.GroupAsync(store.Services, friends.Number);
        row.DisplayName.Should().Be("Best Friends");
        row.NormalizedDisplayName.Should().Be("BEST FRIENDS");
        row.Version.Should().Be(friends.Version + 1);
    }

    [Fact]
    public async Task SetImGroup_own_name_in_another_case_succeeds()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var friends = await store.AddGroupAsync(store.Alice, "Friends");

        var result = await store.Groups.SetImGroupAsync(store.Alice, SeededStore.Id(friends), "FRIENDS", CancellationToken.None);

        result.IsSuccess.Should().BeTrue();
        (await StoreQueries.GroupAsync(store.Services, friends.Number)).DisplayName.Should().Be("FRIENDS");
    }

    [Fact]
    public async Task SetImGroup_name_of_another_group_reports_already_exists_and_keeps_row()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var friends = await store.AddGroupAsync(store.Alice, "Friends");
        await store.AddGroupAsync(store.Alice, "Family");

        var result = await store.Groups.SetImGroupAsync(store.Alice, SeededStore.Id(friends), "family", CancellationToken.None);

        result.Error.Should().Be(ImListError.ImGroupDisplayNameAlreadyExists);
        var row = await StoreQueries.GroupAsync(store.Services, friends.Number);
        row.DisplayName.Should().Be("Friends");
        row.Version.Should().Be(friends.Version);
    }

    [Fact]
    public async Task SetImGroup_system_group_reports_cannot_rename()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var tagged = (await store.ReadAsync(store.Alice)).Groups.Single(g => g.Group.GroupType == GroupTypes.Tagged).Group;

        var result = await store.Groups.SetImGroupAsync(store.Alice, SeededStore.Id(tagged), "Starred", CancellationToken.None);

        result.Error.Should().Be(ImListError.CannotRenameSystemGroup);
        (await StoreQueries.GroupAsync(store.Services, tagged.Number)).DisplayName.Should().Be("Tagged");
    }

    [Fact]
    public async Task RemoveImGroup_group_with_members_deletes_group_and_memberships_but_keeps_contacts()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var friends = await store.AddGroupAsync(store.Alice, "Friends");
        var family = await store.AddGroupAsync(store.Alice, "Family");
        await store.AddToGroupAsync(store.AlicesContact("bob"), friends);
        await store.AddToGroupAsync(store.AlicesContact("carol"), friends);
        await store.AddToGroupAsync(store.AlicesContact("carol"), family);
        var contactsBefore = await StoreQueries.ContactsAsync(store.Services, store.Alice);

        var result = await store.Groups.RemoveImGroupAsync(store.Alice, SeededStore.Id(friends), CancellationToken.None);

        result.IsSuccess.Should().BeTrue();
        (await StoreQueries.UserGroupsAsync(store.Services, store.Alice)).Should().ContainSingle().Which.Id.Should().Be(family.Number);
        (await StoreQueries.MembershipsAsync(store.Services)).Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new { GroupId = family.Number, ContactId = store.AlicesContactNumber("carol") });
        (await StoreQueries.ContactsAsync(store.Services, store.Alice)).Should().BeEquivalentTo(contactsBefore);
        (await store.ReadAsync(store.Alice)).Personas.Select(p => p.Primary.Number).Should().Equal(store.AlicesContactNumber("carol"));
    }

    [Fact]
    public async Task AddDistributionGroup_directory_group_persists_distribution_group_row()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);

        var result = await store.Groups.AddDistributionGroupAsync(
            store.Alice, new DirectoryGroup(TestSeeds.SalesSmtp, "Sales"), "Sales", CancellationToken.None);

        var row = (await StoreQueries.UserGroupsAsync(store.Services, store.Alice)).Should().ContainSingle().Subject;
        row.Id.Should().Be(result.Value!.Number);
        row.GroupType.Should().Be(GroupTypes.DistributionGroup);
        row.SmtpAddress.Should().Be(TestSeeds.SalesSmtp);
        row.DisplayName.Should().Be("Sales");
    }

    [Fact]
    public async Task AddDistributionGroup_second_add_finds_the_stored_group()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var sales = new DirectoryGroup(TestSeeds.SalesSmtp, "Sales");
        var first = await store.Groups.AddDistributionGroupAsync(store.Alice, sales, "Sales", CancellationToken.None);

        var second = await store.Groups.AddDistributionGroupAsync(store.Alice, sales, "Sales Again", CancellationToken.None);

        second.Value.Should().Be(first.Value);
        (await StoreQueries.UserGroupsAsync(store.Services, store.Alice)).Should().ContainSingle();
    }

    [Fact]
    public async Task RemoveDistributionGroup_stored_group_deletes_it()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var sales = (await store.Groups.AddDistributionGroupAsync(
            store.Alice, new DirectoryGroup(TestSeeds.SalesSmtp, "Sales"), "Sales", CancellationToken.None)).Value!;

        var result = await store.Groups.RemoveDistributionGroupAsync(store.Alice, SeededStore.Id(sales), CancellationToken.None);

        result.IsSuccess.Should().BeTrue();
        (await StoreQueries.UserGroupsAsync(store.Services, store.Alice)).Should().BeEmpty();
    }

    [Fact]
    public async Task RemoveDistributionGroup_user_group_reports_item_not_found_and_keeps_it()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var friends = await store.AddGroupAsync(store.Alice, "Friends");

        var result = await store.Groups.RemoveDistributionGroupAsync(store.Alice, SeededStore.Id(friends), CancellationToken.None);

        result.Error.Should().Be(ImListError.ItemNotFound);
        (await StoreQueries.UserGroupsAsync(store.Services, store.Alice)).Should().ContainSingle();
    }

    [Fact]
    public async Task SetImListMigrationCompleted_true_persists_on_the_mailbox_only()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);

        var result = await store.Lists.SetImListMigrationCompletedAsync(store.Alice, true, CancellationToken.None);

        result.IsSuccess.Should().BeTrue();
        (await StoreQueries.MailboxAsync(store.Services, store.Alice)).ImListMigrationCompleted.Should().BeTrue();
        (await StoreQueries.MailboxAsync(store.Services, store.Bob)).ImListMigrationCompleted.Should().BeFalse();
    }
}
