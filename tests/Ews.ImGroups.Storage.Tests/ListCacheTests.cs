using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Storage.Tests;

/// <summary>
/// Whole lists are served again while their mailbox's revision stands, and every way a list can change moves it on.
/// </summary>
public class ListCacheTests
{
    private static readonly Func<SeededStore, Task>[] Changes =
    [
        store => store.AddGroupAsync(store.Alice, "Friends"),
        store => store.Services.GetRequiredService<StoreAdministration>().SeedAsync(
            new SeedDocument([new SeedMailbox(TestSeeds.AliceSmtp, null, null, [], [new SeedGroup("Seeded", Members: null)])]), CancellationToken.None),
        store => store.Services.GetRequiredService<StoreAdministration>().ResetMailboxAsync(TestSeeds.AliceSmtp, null, CancellationToken.None),
        store => store.Services.GetRequiredService<StoreAdministration>().ResetAsync(TestSeeds.AliceAndBob(), CancellationToken.None),
    ];

    public static TheoryData<int, string> ChangeKinds => new()
    {
        { 0, "a change through the writer" },
        { 1, "a seed applied to the mailbox" },
        { 2, "a reset of the mailbox" },
        { 3, "a reset of the store" },
    };

    [Fact]
    public async Task A_list_read_again_at_the_same_revision_is_the_list_read_before()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var first = await store.ReadAsync(store.Alice);

        // Behind the store's back, without moving the revision: only a list served from memory misses it.
        await database.ScalarAsync("UPDATE \"Groups\" SET \"DisplayName\" = 'Changed behind its back'");
        var second = await store.ReadAsync(store.Alice);

        second.Should().BeSameAs(first);
        second.Groups.Select(g => g.Group.DisplayName).Should().NotContain("Changed behind its back");
    }

    [Theory]
    [MemberData(nameof(ChangeKinds))]
    public async Task Every_way_a_list_changes_is_seen_by_the_next_read(int change, string kind)
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var friends = await store.AddGroupAsync(store.Alice, "Friends Before");
        await store.ReadAsync(store.Alice);
        await database.ScalarAsync($"UPDATE \"Groups\" SET \"DisplayName\" = 'Renamed' WHERE \"Id\" = {friends.Number}");

        await Changes[change](store);

        var after = await store.ReadAsync(store.Alice);
        after.Groups.Select(g => g.Group.DisplayName).Should().NotContain("Friends Before", "the list was read afresh after {0}", kind);
    }

    [Fact]
    public async Task Reads_of_some_items_are_read_from_the_rows_every_time()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var friends = await store.AddGroupAsync(store.Alice, "Friends");
        await store.ReadAsync(store.Alice);
        var selection = new ImListSelection([friends.Number], null);
        await store.ReadAsync(store.Alice, selection);

        await database.ScalarAsync($"UPDATE \"Groups\" SET \"DisplayName\" = 'Renamed' WHERE \"Id\" = {friends.Number}");

        (await store.ReadAsync(store.Alice, selection)).Groups.Single().Group.DisplayName.Should().Be("Renamed");
    }
}
