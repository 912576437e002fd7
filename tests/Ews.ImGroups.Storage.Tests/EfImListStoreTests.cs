using Ews.ImGroups.Domain.Lists;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Storage.Tests;

public class EfImListStoreTests
{
    [Fact]
    public async Task InMailboxAsync_WorkAsksToKeep_CommitsChangesAndBumpsRevision()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync(TestSeeds.AliceAndBob());
        var alice = await StoreQueries.MailboxAsync(services, TestSeeds.AliceSmtp);

        await RunAsync(services, alice.Id, commit: true);

        (await StoreQueries.GroupsAsync(services, alice.Id)).Should().ContainSingle(g => g.DisplayName == "Friends");
        (await StoreQueries.MailboxAsync(services, TestSeeds.AliceSmtp)).Revision.Should().Be(alice.Revision + 1);
    }

    [Fact]
    public async Task InMailboxAsync_WorkAsksToDiscard_LeavesNothingBehind()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync(TestSeeds.AliceAndBob());
        var alice = await StoreQueries.MailboxAsync(services, TestSeeds.AliceSmtp);

        var result = await RunAsync(services, alice.Id, commit: false);

        result.DisplayName.Should().Be("Friends");
        (await StoreQueries.GroupsAsync(services, alice.Id)).Should().BeEmpty();
        (await StoreQueries.MailboxAsync(services, TestSeeds.AliceSmtp)).Revision.Should().Be(alice.Revision);
    }

    [Fact]
    public async Task InMailboxAsync_WorkThrows_LeavesNothingBehindAndRethrows()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync(TestSeeds.AliceAndBob());
        var alice = await StoreQueries.MailboxAsync(services, TestSeeds.AliceSmtp);
        var store = services.GetRequiredService<IImListStore>();

        var run = () => store.InMailboxAsync<int>(alice.Id, async session =>
        {
            await session.AddGroupAsync("Friends", "FRIENDS", GroupTypes.UserGroup);
            throw new InvalidOperationException("work failed");
        }, CancellationToken.None);

        await run.Should().ThrowAsync<InvalidOperationException>();
        (await StoreQueries.GroupsAsync(services, alice.Id)).Should().BeEmpty();
    }

    [Fact]
    public async Task InMailboxAsync_AfterDiscardedWork_NextWorkStillCommits()
    {
        // A rolled-back unit must release the write gate and leave the pooled context usable.
        await using var database = new TempDatabase();
        var services = await database.StartAsync(TestSeeds.AliceAndBob());
        var alice = await StoreQueries.MailboxAsync(services, TestSeeds.AliceSmtp);

        await RunAsync(services, alice.Id, commit: false);
        await RunAsync(services, alice.Id, commit: true);

        (await StoreQueries.GroupsAsync(services, alice.Id)).Should().ContainSingle();
    }

    [Fact]
    public async Task AddImGroup_DuplicateAttempt_LeavesOnlyTheFirstGroupAndRevision()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync(TestSeeds.AliceAndBob());
        var lists = services.GetRequiredService<ImListService>();
        var alice = await StoreQueries.MailboxAsync(services, TestSeeds.AliceSmtp);
        await lists.AddImGroupAsync(alice.Id, "Friends", CancellationToken.None);

        var duplicate = await lists.AddImGroupAsync(alice.Id, "friends", CancellationToken.None);

        duplicate.Error.Should().Be(ImListError.ImGroupDisplayNameAlreadyExists);
        (await StoreQueries.GroupsAsync(services, alice.Id)).Should().ContainSingle().Which.DisplayName.Should().Be("Friends");
        (await StoreQueries.MailboxAsync(services, TestSeeds.AliceSmtp)).Revision.Should().Be(alice.Revision + 1);
    }

    [Fact]
    public async Task AddImGroup_FiftyParallelCallsWithOneName_ExactlyOneSucceeds()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync(TestSeeds.AliceAndBob());
        var lists = services.GetRequiredService<ImListService>();
        var alice = await StoreQueries.MailboxAsync(services, TestSeeds.AliceSmtp);

        var results = await Task.WhenAll(Enumerable.Range(0, 50)
            .Select(_ => Task.Run(() => lists.AddImGroupAsync(alice.Id, "Friends", CancellationToken.None))));

        results.Count(r => r.IsSuccess).Should().Be(1);
        results.Where(r => !r.IsSuccess).Should().HaveCount(49)
            .And.OnlyContain(r => r.Error == ImListError.ImGroupDisplayNameAlreadyExists);
        (await StoreQueries.GroupsAsync(services, alice.Id)).Should().ContainSingle();
    }

    [Fact]
    public async Task AddImGroup_TwoHundredParallelDistinctNames_AddsEveryGroup()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync(TestSeeds.AliceAndBob(), new ImListLimits(500));
        var lists = services.GetRequiredService<ImListService>();
        var alice = await StoreQueries.MailboxAsync(services, TestSeeds.AliceSmtp);

        var results = await Task.WhenAll(Enumerable.Range(0, 200)
            .Select(i => Task.Run(() => lists.AddImGroupAsync(alice.Id, $"Group {i}", CancellationToken.None))));

        results.Should().OnlyContain(r => r.IsSuccess);
        results.Select(r => r.Value!.Number).Should().OnlyHaveUniqueItems();
        (await StoreQueries.GroupsAsync(services, alice.Id)).Should().HaveCount(200);
    }

    [Fact]
    public async Task AddImGroup_AfterRestartOnSameFile_GroupIsStillThere()
    {
        await using var database = new TempDatabase();
        var before = await database.StartAsync(TestSeeds.AliceAndBob());
        var alice = await StoreQueries.MailboxAsync(before, TestSeeds.AliceSmtp);
        var added = await before.GetRequiredService<ImListService>().AddImGroupAsync(alice.Id, "Friends", CancellationToken.None);
        await before.DisposeAsync();

        var after = await database.StartAsync(TestSeeds.AliceAndBob());
        var again = await after.GetRequiredService<ImListService>().AddImGroupAsync(alice.Id, "Friends", CancellationToken.None);

        again.Error.Should().Be(ImListError.ImGroupDisplayNameAlreadyExists);
        (await StoreQueries.GroupsAsync(after, alice.Id)).Should().ContainSingle().Which.Id.Should().Be(added.Value!.Number);
    }

    private static Task<ImGroup> RunAsync(IServiceProvider services, long mailboxId, bool commit) =>
        services.GetRequiredService<IImListStore>().InMailboxAsync(mailboxId, async session =>
        {
            var group = await session.AddGroupAsync("Friends", "FRIENDS", GroupTypes.UserGroup);
            return new MailboxWork<ImGroup>(group, commit);
        }, CancellationToken.None);
}
