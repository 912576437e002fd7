using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Mailboxes;
using Ews.ImGroups.Storage.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Storage.PostgreSql.Tests;

/// <summary>Two sets of services on one database, as two server replicas have: together they behave as one server.</summary>
public sealed class ReplicaTests
{
    [Fact]
    public async Task Two_replicas_starting_together_on_a_new_database_migrate_and_seed_it_once()
    {
        await using var database = new TempDatabase();
        var first = database.CreateServices();
        var second = database.CreateServices();

        await Task.WhenAll(
            Task.Run(() => first.GetRequiredService<StorageInitializer>().InitializeAsync(TestSeeds.WithDistributionGroups(), CancellationToken.None)),
            Task.Run(() => second.GetRequiredService<StorageInitializer>().InitializeAsync(TestSeeds.WithDistributionGroups(), CancellationToken.None)));

        await using var alone = new TempDatabase();
        await alone.StartAsync(TestSeeds.WithDistributionGroups());
        var counts = await first.GetRequiredService<StoreAdministration>().CountAsync(CancellationToken.None);
        counts.Should().Be(await Counts(alone));
        first.GetRequiredService<IdKeyProvider>().Codec.EncodeId(new(Domain.Ids.ItemKind.Group, 1, 1))
            .Should().Be(second.GetRequiredService<IdKeyProvider>().Codec.EncodeId(new(Domain.Ids.ItemKind.Group, 1, 1)), "both serve the store's one key");
    }

    [Fact]
    public async Task AddImGroup_fifty_parallel_calls_with_one_name_across_two_replicas_exactly_one_succeeds()
    {
        await using var database = new TempDatabase();
        var first = await SeededStore.StartAsync(database);
        var second = await SeededStore.StartAsync(database);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() =>
            (i % 2 == 0 ? first : second).Groups.AddImGroupAsync(first.Alice, "Friends", CancellationToken.None))));

        results.Count(r => r.IsSuccess).Should().Be(1);
        results.Where(r => !r.IsSuccess).Should().HaveCount(49).And.OnlyContain(r => r.Error == ImListError.ImGroupDisplayNameAlreadyExists);
        (await StoreQueries.UserGroupsAsync(first.Services, first.Alice)).Should().ContainSingle();
    }

    [Fact]
    public async Task A_change_through_one_replica_is_in_the_next_list_the_other_reads()
    {
        await using var database = new TempDatabase();
        var first = await SeededStore.StartAsync(database);
        var second = await SeededStore.StartAsync(database);
        var before = await second.ReadAsync(first.Alice);

        await first.AddGroupAsync(first.Alice, "Friends");

        var after = await second.ReadAsync(first.Alice);
        after.Should().NotBeSameAs(before, "the other replica's change moved the revision its cached list was read at");
        after.Groups.Select(g => g.Group.DisplayName).Should().Contain("Friends");
    }

    [Fact]
    public async Task A_mailbox_deleted_through_one_replica_is_not_served_by_the_others_directory()
    {
        await using var database = new TempDatabase();
        var first = await database.StartAsync(TestSeeds.AliceAndBob());
        var second = await database.StartAsync();
        var created = await first.GetRequiredService<IMailboxDirectory>().GetOrCreateAsync("erin@contoso.com", CancellationToken.None);
        var seen = await second.GetRequiredService<IMailboxDirectory>().GetOrCreateAsync("erin@contoso.com", CancellationToken.None);

        (await first.GetRequiredService<StoreAdministration>().DeleteMailboxAsync("erin@contoso.com", CancellationToken.None)).Should().BeTrue();

        seen.Should().Be(created);
        (await second.GetRequiredService<IMailboxDirectory>().FindBySidAsync(created.Sid, CancellationToken.None)).Should().BeNull();
        var again = await second.GetRequiredService<IMailboxDirectory>().GetOrCreateAsync("erin@contoso.com", CancellationToken.None);
        again.Id.Should().NotBe(created.Id, "the address names a new mailbox now");
    }

    [Fact]
    public async Task Twenty_parallel_creations_of_one_address_across_two_replicas_make_one_mailbox()
    {
        await using var database = new TempDatabase();
        var first = await database.StartAsync();
        var second = await database.StartAsync();

        var mailboxes = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() =>
            (i % 2 == 0 ? first : second).GetRequiredService<IMailboxDirectory>().GetOrCreateAsync("erin@contoso.com", CancellationToken.None))));

        mailboxes.Distinct().Should().ContainSingle();
        (await database.ScalarAsync("SELECT COUNT(*) FROM \"Mailboxes\"")).Should().Be(1L);
        (await database.ScalarAsync("SELECT COUNT(*) FROM \"Groups\"")).Should().Be((long)SystemGroups.All.Count);
    }

    [Fact]
    public async Task A_reset_through_one_replica_restarts_the_numbering_the_other_hands_out()
    {
        await using var database = new TempDatabase();
        var first = await SeededStore.StartAsync(database, seed: TestSeeds.WithDistributionGroups());
        var second = await SeededStore.StartAsync(database, seed: TestSeeds.WithDistributionGroups());
        var fresh = await first.AddGroupAsync(first.Alice, "Friends");
        await first.AddGroupAsync(first.Alice, "Family");
        await first.AddNewContactAsync(first.Alice, "sip:erin@contoso.com", "Erin", fresh);

        await second.Services.GetRequiredService<StoreAdministration>().ResetAsync(TestSeeds.WithDistributionGroups(), CancellationToken.None);

        (await first.AddGroupAsync(first.Alice, "Again")).Number.Should().Be(fresh.Number);
    }

    private static async Task<StoreCounts> Counts(TempDatabase database)
    {
        await using var services = database.CreateServices();
        return await services.GetRequiredService<StoreAdministration>().CountAsync(CancellationToken.None);
    }
}
