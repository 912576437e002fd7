using Ews.ImGroups.Domain.Lists;
#if !POSTGRESQL
using Microsoft.Data.Sqlite;
#endif
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

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
    public async Task Upgrade_gives_existing_contacts_their_folder_and_links_them_by_e_mail_address()
    {
        await using var database = new TempDatabase();
        using var services = database.CreateServices();
        await using (var db = await TempDatabase.OpenAsync(services))
        {
            var before = db.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_PersonasAndPhotos", StringComparison.Ordinal)).Last();
            await db.GetService<IMigrator>().MigrateAsync(before);
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"Mailboxes\" (\"SmtpAddress\", \"Sid\", \"ImListMigrationCompleted\", \"Revision\") VALUES ('alice@contoso.com', 'S-1-5-21-1-2-3-1001', FALSE, 0);" +
                "INSERT INTO \"Contacts\" (\"MailboxId\", \"DisplayName\", \"EmailAddress\", \"ImAddress\", \"NormalizedImAddress\", \"TelUriAddress\", \"CreatedAt\", \"IsQuickContact\", \"Version\") VALUES " +
                "(1, 'Own', ' Own@Contoso.com', NULL, NULL, NULL, '2026-01-01 00:00:00+00:00', FALSE, 0), " +
                "(1, 'Quick', 'own@contoso.com', 'own@contoso.com', 'own@contoso.com', NULL, '2026-01-01 00:00:00+00:00', TRUE, 0), " +
                "(1, '+1 555', NULL, 'sip:+1555@contoso.com', '+1555@contoso.com', 'tel:+1555', '2026-01-01 00:00:00+00:00', TRUE, 0);");
            await db.Database.MigrateAsync();
        }

        await using var upgraded = await TempDatabase.OpenAsync(services);
        var contacts = await upgraded.Contacts.OrderBy(c => c.Id).ToListAsync();
        contacts.Select(c => c.Folder).Should().Equal(ContactFolder.Contacts, ContactFolder.QuickContacts, ContactFolder.LyncContacts);
        contacts.Select(c => c.NormalizedEmailAddress).Should().Equal("own@contoso.com", "own@contoso.com", null);
        contacts.Select(c => c.EmailDisplayName).Should().Equal("Own", "Quick", null);
    }

    [Fact]
    public async Task InitializeAsync_new_file_switches_to_write_ahead_log()
    {
        await using var database = new TempDatabase();

        await database.StartAsync();

        // Asked on a connection of its own: the mode must be stored in the file, not set per connection.
        (await database.ScalarAsync("PRAGMA journal_mode")).Should().Be("wal");
    }

    [Fact]
    public async Task InitializeAsync_switches_a_store_kept_in_rollback_journal_mode_to_write_ahead_log()
    {
        await using var database = new TempDatabase();
        await (await database.StartAsync()).DisposeAsync();
        using (var connection = new SqliteConnection(database.ConnectionString))
        {
            // The store's pooled connections would keep it in WAL mode; an older build left the file like this.
            SqliteConnection.ClearPool(connection);
        }

        (await database.ScalarAsync("PRAGMA journal_mode=DELETE")).Should().Be("delete");
        (await database.ScalarAsync("PRAGMA journal_mode")).Should().Be("delete", "the mode is kept in the file");

        await database.StartAsync();

        (await database.ScalarAsync("PRAGMA journal_mode")).Should().Be("wal");
    }

    [Fact]
    public async Task Store_connections_sync_at_checkpoints_only()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync();
        await using var db = await TempDatabase.OpenAsync(services);

        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA synchronous";

        // 1 is NORMAL; SQLite's own default, FULL (2), would sync at every commit.
        (await command.ExecuteScalarAsync()).Should().Be(1L);
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
