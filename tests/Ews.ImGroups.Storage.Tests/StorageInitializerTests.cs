using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Mailboxes;
using Ews.ImGroups.Domain.Photos;
using Ews.ImGroups.Domain.Seeding;
using Ews.ImGroups.Storage.Tenants;
#if !POSTGRESQL
using Microsoft.Data.Sqlite;
#endif
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

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
    public async Task Upgrade_makes_existing_mailboxes_directory_groups_and_photos_the_default_tenants()
    {
        await using var database = new TempDatabase();
        var services = database.CreateServices();
        await using (var db = await TempDatabase.OpenAsync(services))
        {
            var before = db.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_Tenants", StringComparison.Ordinal)).Last();
            await db.GetService<IMigrator>().MigrateAsync(before);
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"Mailboxes\" (\"SmtpAddress\", \"Sid\", \"DisplayName\", \"ImListMigrationCompleted\", \"Revision\") " +
                $"VALUES ('{UpgradedAddress}', '{UpgradedSid}', 'Alice', TRUE, 3);" +
                $"INSERT INTO \"DirectoryGroups\" (\"SmtpAddress\", \"DisplayName\") VALUES ('{UpgradedGroup}', 'Sales');" +
                "INSERT INTO \"UserPhotos\" (\"NormalizedAddress\", \"ContentType\", \"Content\", \"Tag\", \"ChangedAt\") " +
                $"VALUES ('{UpgradedAddress}', 'image/png', X'89504E47', 'tag-1', '2026-01-01 00:00:00+00:00');");
        }

        await UpgradedRowsAreTheDefaultTenantsAsync(database, services);
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

    internal const string UpgradedAddress = "alice@contoso.com";
    internal const string UpgradedSid = "S-1-5-21-1-2-3-1001";
    internal const string UpgradedGroup = "sales@contoso.com";

    /// <summary>
    /// Initializes a store migrated to just before tenants, that holds one mailbox, one directory group and one photo
    /// (<see cref="UpgradedAddress"/>, <see cref="UpgradedGroup"/>) and nothing else, and checks the upgrade: the rows are
    /// the default tenant's, with their numbers and values, and another tenant may now have the same address, SID,
    /// group address and photo address.
    /// </summary>
    internal static async Task UpgradedRowsAreTheDefaultTenantsAsync(TempDatabase database, IServiceProvider services)
    {
        var mailboxId = (long)(await database.ScalarAsync("SELECT \"Id\" FROM \"Mailboxes\""))!;
        var groupId = (long)(await database.ScalarAsync("SELECT \"Id\" FROM \"DirectoryGroups\""))!;
        var photoId = (long)(await database.ScalarAsync("SELECT \"Id\" FROM \"UserPhotos\""))!;

        await services.GetRequiredService<StorageInitializer>().InitializeAsync(null, CancellationToken.None);

        foreach (var table in new[] { "Mailboxes", "DirectoryGroups", "UserPhotos" })
        {
            (await database.ScalarAsync($"SELECT COUNT(*) FROM \"{table}\" WHERE \"Tenant\" = ''")).Should().Be(1L, "the {0} row is the default tenant's", table);
        }

        var directory = services.GetRequiredService<IMailboxDirectory>();
        var photos = services.GetRequiredService<IUserPhotos>();
        var alice = await directory.GetOrCreateAsync(UpgradedAddress, CancellationToken.None);
        alice.Should().Be(new Mailbox(mailboxId, UpgradedAddress, UpgradedSid, "Alice"));
        (await directory.FindBySidAsync(UpgradedSid, CancellationToken.None)).Should().Be(alice);
        var row = await StoreQueries.MailboxAsync(services, mailboxId);
        (row.Revision, row.ImListMigrationCompleted).Should().Be((3L, true));
        (await directory.FindDistributionGroupAsync(UpgradedGroup, CancellationToken.None)).Should().Be(new DirectoryGroup(UpgradedGroup, "Sales"));
        (await StoreQueries.DirectoryGroupsAsync(services)).Should().ContainSingle().Which.Id.Should().Be(groupId);
        var photo = await photos.FindAsync(UpgradedAddress, CancellationToken.None);
        photo.Should().NotBeNull();
        (photo!.Tag, photo.ContentType).Should().Be(("tag-1", "image/png"));
        photo.Content.Should().Equal(0x89, 0x50, 0x4E, 0x47);
        (await database.ScalarAsync($"SELECT \"Id\" FROM \"UserPhotos\" WHERE \"NormalizedAddress\" = '{UpgradedAddress}'")).Should().Be(photoId);

        using (TenantScope.Enter("suite-a"))
        {
            (await directory.FindDistributionGroupAsync(UpgradedGroup, CancellationToken.None)).Should().BeNull();
            (await photos.FindAsync(UpgradedAddress, CancellationToken.None)).Should().BeNull();

            // The single-world unique indexes are gone: each of these would break one of them.
            var again = await directory.GetOrCreateAsync(UpgradedAddress, CancellationToken.None);
            again.Id.Should().NotBe(mailboxId);
            await services.GetRequiredService<StoreAdministration>().SeedAsync(
                new SeedDocument([new SeedMailbox("bob@contoso.com", "Bob", UpgradedSid, [])], [new SeedDistributionGroup(UpgradedGroup, "Sales")]),
                CancellationToken.None);
            await photos.SetAsync(UpgradedAddress, "image/png", [0x89, 0x50, 0x4E, 0x47], CancellationToken.None);
        }

        (await services.GetRequiredService<StoreAdministration>().CountAsync(CancellationToken.None)).Should().Be(new StoreCounts(1, 0, 0, 1));
        (await database.ScalarAsync("SELECT COUNT(*) FROM \"Mailboxes\"")).Should().Be(3L);
        (await database.ScalarAsync("SELECT COUNT(*) FROM \"UserPhotos\"")).Should().Be(2L);
    }

    [Fact]
    public async Task InitializeAsync_second_time_on_same_file_keeps_data()
    {
        await using var database = new TempDatabase();
        await database.StartAsync(TestSeeds.AliceAndBob());

        await database.StartAsync();

        (await database.ScalarAsync("SELECT COUNT(*) FROM \"Mailboxes\"")).Should().Be(2L);
    }
}
