using Ews.ImGroups.Domain.Lists;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Storage.Tests;

/// <summary>
/// Changes committed together: each keeps or loses only what is its own, and answers what the store then holds. The
/// tests hold the write gate while they queue their changes, so the writer has to take them in shared batches.
/// </summary>
public class SqliteImListStoreGroupCommitTests
{
    [Fact]
    public async Task Parallel_adds_with_repeated_names_in_shared_batches_each_answer_what_is_stored()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database, new ImListLimits(500, ImListLimits.DefaultMaxContacts));
        var revisionBefore = (await StoreQueries.MailboxAsync(store.Services, store.Alice)).Revision;
        var commitsBefore = BatchSizes(store).Counts.ToArray();

        // 150 calls over 50 names: every name comes three times, so two of every three fail by rule.
        Task<ImListResult<ImGroup>>[] calls;
        using (await Gate(store).EnterAsync(CancellationToken.None))
        {
            calls = Enumerable.Range(0, 150)
                .Select(i => store.Groups.AddImGroupAsync(store.Alice, $"Group {i % 50}", CancellationToken.None))
                .ToArray();
        }

        var results = await Task.WhenAll(calls);

        results.Where(r => !r.IsSuccess).Should().HaveCount(100)
            .And.OnlyContain(r => r.Error == ImListError.ImGroupDisplayNameAlreadyExists);
        var added = results.Where(r => r.IsSuccess).Select(r => r.Value!).ToList();
        added.Select(g => g.DisplayName).Should().BeEquivalentTo(Enumerable.Range(0, 50).Select(i => $"Group {i}"));
        var stored = await StoreQueries.UserGroupsAsync(store.Services, store.Alice);
        stored.Select(g => (g.Id, g.DisplayName, g.Version)).Should().BeEquivalentTo(added.Select(g => (g.Number, g.DisplayName, g.Version)));
        (await StoreQueries.MailboxAsync(store.Services, store.Alice)).Revision.Should().Be(revisionBefore + 50, "a failed change bumps nothing");

        // Once the gate opened, at least 150 - 64 changes were waiting: some commit carried more than one change.
        var commits = BatchSizes(store).Counts.Select((count, size) => (Size: size, Count: count - commitsBefore[size])).ToList();
        commits.Sum(c => c.Size * c.Count).Should().Be(150);
        commits.Should().Contain(c => c.Size > 1 && c.Count > 0);
    }

    [Fact]
    public async Task Failing_throwing_and_cancelled_changes_in_a_batch_keep_nothing_while_the_others_commit()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var bob = store.AlicesContactNumber("bob");
        var membershipsBefore = await StoreQueries.MembershipsAsync(store.Services);
        var revisionBefore = (await StoreQueries.MailboxAsync(store.Services, store.Alice)).Revision;
        using var cancellation = new CancellationTokenSource();

        Task<ImListResult<ImGroup>> kept, failed, thrown, cancelled, keptAfter;
        using (await Gate(store).EnterAsync(CancellationToken.None))
        {
            kept = AddAsync(store, "Kept", ImListError.None, CancellationToken.None);
            failed = AddAsync(store, "Failed", ImListError.ImContactLimitReached, CancellationToken.None);
            thrown = store.Store.ChangeAsync<ImGroup>(store.Alice, async session =>
            {
                var group = await session.AddGroupAsync("Thrown", "THROWN", GroupTypes.UserGroup);
                await session.AddMemberAsync(group.Number, bob);
                throw new InvalidOperationException("work failed");
            }, CancellationToken.None);
            cancelled = AddAsync(store, "Cancelled", ImListError.None, cancellation.Token);
            keptAfter = AddAsync(store, "Kept after", ImListError.None, CancellationToken.None);
            await cancellation.CancelAsync();
        }

        (await kept).Value!.DisplayName.Should().Be("Kept");
        (await failed).Error.Should().Be(ImListError.ImContactLimitReached);
        await thrown.Awaiting(t => t).Should().ThrowAsync<InvalidOperationException>().WithMessage("work failed");
        await cancelled.Awaiting(t => t).Should().ThrowAsync<OperationCanceledException>();
        (await keptAfter).Value!.DisplayName.Should().Be("Kept after");
        (await StoreQueries.UserGroupsAsync(store.Services, store.Alice)).Select(g => g.DisplayName)
            .Should().BeEquivalentTo("Kept", "Kept after");
        (await StoreQueries.MembershipsAsync(store.Services)).Should().BeEquivalentTo(membershipsBefore);
        (await StoreQueries.MailboxAsync(store.Services, store.Alice)).Revision.Should().Be(revisionBefore + 2);
    }

    [Fact]
    public async Task A_change_to_a_deleted_mailbox_in_a_batch_is_not_found_and_the_others_commit()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);

        Task<ImListResult<ImGroup>> missing, kept;
        using (await Gate(store).EnterAsync(CancellationToken.None))
        {
            missing = store.Groups.AddImGroupAsync(long.MaxValue, "Nowhere", CancellationToken.None);
            kept = store.Groups.AddImGroupAsync(store.Bob, "Kept", CancellationToken.None);
        }

        (await missing).Error.Should().Be(ImListError.MailboxNotFound);
        (await kept).IsSuccess.Should().BeTrue();
        (await StoreQueries.UserGroupsAsync(store.Services, store.Bob)).Should().ContainSingle().Which.DisplayName.Should().Be("Kept");
    }

    /// <summary>Adds a group, then ends the change with <paramref name="outcome"/>: a failure after a write.</summary>
    private static Task<ImListResult<ImGroup>> AddAsync(SeededStore store, string name, ImListError outcome, CancellationToken cancellationToken) =>
        store.Store.ChangeAsync<ImGroup>(store.Alice, async session =>
        {
            var group = await session.AddGroupAsync(name, GroupNames.Normalize(name), GroupTypes.UserGroup);
            return outcome == ImListError.None ? group : outcome;
        }, cancellationToken);

    private static WriteGate Gate(SeededStore store) => store.Services.GetRequiredService<WriteGate>();

    private static WriteBatchSizes BatchSizes(SeededStore store) => store.Services.GetRequiredService<WriteBatchSizes>();
}
