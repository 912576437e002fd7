using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Storage.Tests;

public sealed class StorageReadinessTests
{
    [Fact]
    public async Task Store_is_ready_only_once_migrated()
    {
        await using var database = new TempDatabase();
        await using var services = database.CreateServices();
        var storage = services.GetRequiredService<StorageInitializer>();

        (await storage.IsReadyAsync(CancellationToken.None)).Should().BeFalse();
        await storage.InitializeAsync(null, CancellationToken.None);
        (await storage.IsReadyAsync(CancellationToken.None)).Should().BeTrue();
    }

    [Fact]
    public async Task Store_written_by_a_newer_build_is_refused_with_the_unknown_migration_named()
    {
        await using var database = new TempDatabase();
        await using var services = await database.StartAsync();
        await using (var db = await services.GetRequiredService<IDbContextFactory<ImGroupsDbContext>>().CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('29990101000000_FromTheFuture', '99.0.0')");
        }

        var start = () => services.GetRequiredService<StorageInitializer>().InitializeAsync(null, CancellationToken.None);

        (await start.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("29990101000000_FromTheFuture");
    }

#if !POSTGRESQL
    [Fact]
    public async Task Deleted_store_file_is_not_ready_and_refuses_writes_as_unavailable()
    {
        await using var database = new TempDatabase();
        await using var services = await database.StartAsync();
        var storage = services.GetRequiredService<StorageInitializer>();
        foreach (var file in new[] { database.FilePath, database.FilePath + "-wal", database.FilePath + "-shm" })
        {
            File.Delete(file);
        }

        var write = () => services.GetRequiredService<Domain.Mailboxes.IMailboxDirectory>().GetOrCreateAsync("erin@fabrikam.com", CancellationToken.None);

        (await storage.IsReadyAsync(CancellationToken.None)).Should().BeFalse();
        var refused = (await write.Should().ThrowAsync<StoreUnavailableException>()).Which;
        refused.Message.Should().Contain(database.FilePath);
        StoreFailures.IsUnavailable(refused).Should().BeTrue();
        File.Exists(database.FilePath).Should().BeFalse("nothing may create an empty store in its place");
    }
#endif
}
