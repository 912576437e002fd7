using Ews.ImGroups.Domain.Lists;

namespace Ews.ImGroups.Storage.Tests;

/// <summary>The unit of work: what a change keeps, what it throws away, and what readers see meanwhile.</summary>
public class EfImListStoreTests
{
    [Fact]
    public async Task ChangeAsync_work_succeeds_commits_changes_and_bumps_revision()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var before = await StoreQueries.MailboxAsync(store.Services, store.Alice);

        var result = await AddFriendsAsync(store, ImListError.None);

        result.IsSuccess.Should().BeTrue();
        (await StoreQueries.UserGroupsAsync(store.Services, store.Alice)).Should().ContainSingle()
            .Which.Id.Should().Be(result.Value!.Number);
        (await StoreQueries.MailboxAsync(store.Services, store.Alice)).Revision.Should().Be(before.Revision + 1);
    }

    [Theory]
    [InlineData(ImListError.ImGroupLimitReached)]
    [InlineData(ImListError.ItemNotFound)]
    public async Task ChangeAsync_work_fails_returns_the_failure_and_keeps_nothing(ImListError error)
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var before = await StoreQueries.MailboxAsync(store.Services, store.Alice);

        var result = await AddFriendsAsync(store, error);

        result.Error.Should().Be(error);
        (await StoreQueries.UserGroupsAsync(store.Services, store.Alice)).Should().BeEmpty();
        (await StoreQueries.MailboxAsync(store.Services, store.Alice)).Revision.Should().Be(before.Revision);
    }

    [Fact]
    public async Task ChangeAsync_work_throws_keeps_nothing_and_rethrows()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);

        var run = () => store.Store.ChangeAsync<int>(store.Alice, async session =>
        {
            await session.AddGroupAsync("Friends", "FRIENDS", GroupTypes.UserGroup);
            throw new InvalidOperationException("work failed");
        }, CancellationToken.None);

        await run.Should().ThrowAsync<InvalidOperationException>().WithMessage("work failed");
        (await StoreQueries.UserGroupsAsync(store.Services, store.Alice)).Should().BeEmpty();
    }

    [Fact]
    public async Task ChangeAsync_after_failed_and_throwing_work_next_work_still_commits()
    {
        // A rolled-back unit must release the write gate and leave the pooled context usable.
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        await AddFriendsAsync(store, ImListError.ItemNotFound);
        var thrown = () => store.Store.ChangeAsync<int>(store.Alice, _ => throw new InvalidOperationException(), CancellationToken.None);
        await thrown.Should().ThrowAsync<InvalidOperationException>();

        var result = await AddFriendsAsync(store, ImListError.None);

        result.IsSuccess.Should().BeTrue();
        (await StoreQueries.UserGroupsAsync(store.Services, store.Alice)).Should().ContainSingle();
    }

    [Fact]
    public async Task ChangeAsync_failure_after_several_writes_keeps_none_of_them()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var bob = store.AlicesContactNumber("bob");
        var membershipsBefore = await StoreQueries.MembershipsAsync(store.Services);

        var result = await store.Store.ChangeAsync<Done>(store.Alice, async session =>
        {
            var group = await session.AddGroupAsync("Friends", "FRIENDS", GroupTypes.UserGroup);
            await session.AddMemberAsync(group.Number, bob);
            await session.AddContactAsync(new ContactDetails("Erin"), ContactFolder.QuickContacts, "erin@contoso.com", DateTimeOffset.UtcNow);
            await session.SetMigrationCompletedAsync(true);
            return ImListError.ImContactLimitReached;
        }, CancellationToken.None);

        result.IsSuccess.Should().BeFalse();
        (await StoreQueries.UserGroupsAsync(store.Services, store.Alice)).Should().BeEmpty();
        (await StoreQueries.MembershipsAsync(store.Services)).Should().BeEquivalentTo(membershipsBefore);
        (await StoreQueries.ContactsAsync(store.Services, store.Alice)).Should().NotContain(c => c.NormalizedImAddress == "erin@contoso.com");
        (await StoreQueries.MailboxAsync(store.Services, store.Alice)).ImListMigrationCompleted.Should().BeFalse();
    }

    [Fact]
    public async Task ReadAsync_while_a_writer_holds_the_mailbox_returns_the_last_committed_list()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var writing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writer = store.Store.ChangeAsync<ImGroup>(store.Alice, async session =>
        {
            var group = await session.AddGroupAsync("Friends", "FRIENDS", GroupTypes.UserGroup);
            writing.SetResult();
            await release.Task;
            return group;
        }, CancellationToken.None);

        ImItemList during;
        try
        {
            await writing.Task;
            // The bound only keeps a regression from hanging the run; no duration is asserted.
            during = await store.ReadAsync(store.Alice).WaitAsync(TimeSpan.FromSeconds(60));
        }
        finally
        {
            release.TrySetResult();
        }

        await writer;
        during.Groups.Should().HaveCount(SystemGroups.All.Count).And.NotContain(g => g.Group.DisplayName == "Friends");
        (await store.ReadAsync(store.Alice)).Groups.Should().Contain(g => g.Group.DisplayName == "Friends");
    }

    [Fact]
    public async Task ChangeAsync_after_restart_on_same_file_sees_earlier_changes()
    {
        await using var database = new TempDatabase();
        var before = await SeededStore.StartAsync(database);
        var added = await before.AddGroupAsync(before.Alice, "Friends");
        await before.Services.DisposeAsync();

        var after = await SeededStore.StartAsync(database);
        var again = await after.Groups.AddImGroupAsync(after.Alice, "Friends", CancellationToken.None);

        again.Error.Should().Be(ImListError.ImGroupDisplayNameAlreadyExists);
        (await StoreQueries.UserGroupsAsync(after.Services, after.Alice)).Should().ContainSingle().Which.Id.Should().Be(added.Number);
    }

    private static Task<ImListResult<ImGroup>> AddFriendsAsync(SeededStore store, ImListError outcome) =>
        store.Store.ChangeAsync<ImGroup>(store.Alice, async session =>
        {
            var group = await session.AddGroupAsync("Friends", "FRIENDS", GroupTypes.UserGroup);
            return outcome == ImListError.None ? group : outcome;
        }, CancellationToken.None);
}
