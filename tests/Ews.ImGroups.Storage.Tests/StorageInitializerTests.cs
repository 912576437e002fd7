using Microsoft.EntityFrameworkCore;

namespace Ews.ImGroups.Storage.Tests;

public class StorageInitializerTests
{
    [Fact]
    public async Task InitializeAsync_new_file_creates_tables()
    {
        await using var database = new TempDatabase();
        (await database.IsUntouchedAsync()).Should().BeTrue();

        await database.StartAsync();

        foreach (var table in new[] { "Mailboxes", "Groups", "Contacts", "Memberships", "DirectoryGroups" })
        {
            (await database.HasTableAsync(table)).Should().BeTrue("table {0} should exist", table);
        }
    }

    [Fact]
    public async Task InitializeAsync_new_file_records_every_migration_as_applied()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync();
        await using var db = await TempDatabase.OpenAsync(services);

#if POSTGRESQL
        var recorded = await database.ScalarAsync("SELECT string_agg(\"MigrationId\", ',' ORDER BY \"MigrationId\") FROM \"__EFMigrationsHistory\"");
#else
        var recorded = await database.ScalarAsync(
            "SELECT group_concat(\"MigrationId\") FROM (SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY \"MigrationId\")");
#endif

        db.Database.GetMigrations().Should().ContainMatch("*_InitialCreate");
        recorded.Should().Be(string.Join(',', db.Database.GetMigrations()));
        (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
    }

#if !POSTGRESQL
    [Fact]
    public async Task InitializeAsync_new_file_switches_to_write_ahead_log()
    {
        await using var database = new TempDatabase();

        await database.StartAsync();

        // Asked on a connection of its own: the mode must be stored in the file, not set per connection.
        (await database.ScalarAsync("PRAGMA journal_mode")).Should().Be("wal");
    }
#endif

    [Fact]
    public async Task InitializeAsync_second_time_on_same_file_keeps_data()
    {
        await using var database = new TempDatabase();
        await database.StartAsync(TestSeeds.AliceAndBob());

        await database.StartAsync();

        (await database.ScalarAsync("SELECT COUNT(*) FROM \"Mailboxes\"")).Should().Be(2L);
    }
}
