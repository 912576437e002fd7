#if !POSTGRESQL
using System.Data.Common;
using Ews.ImGroups.Domain.Mailboxes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Storage.Tests;

/// <summary>
/// A SQLite store that runs out of room: writes fail as the store being unavailable, never as acknowledged, and the
/// store takes writes again once it has room, without a restart.
/// </summary>
public sealed class StoreRoomTests
{
    private const long Floor = 1_000_000;

    [Fact]
    public async Task Store_on_a_volume_below_the_floor_is_not_ready_and_refuses_writes_until_room_is_back()
    {
        await using var database = new TempDatabase();
        var volume = new SettableVolume(Floor - 1);
        await using var services = await database.StartAsync(configure: s =>
            s.AddSingleton<StoreEngine>(_ => new SqliteStoreEngine(database.ConnectionString, Floor, volume)));
        var storage = services.GetRequiredService<StorageInitializer>();
        var directory = services.GetRequiredService<IMailboxDirectory>();

        // The write comes first, so the writer's own check measures the room, not one readiness left behind.
        var refused = await FluentActions.Awaiting(() => directory.GetOrCreateAsync("erin@fabrikam.com", CancellationToken.None))
            .Should().ThrowAsync<StoreUnavailableException>();
        var whileCramped = await storage.IsReadyAsync(CancellationToken.None);

        volume.Free = Floor;
        var withRoom = await storage.IsReadyAsync(CancellationToken.None);
        var created = await directory.GetOrCreateAsync("erin@fabrikam.com", CancellationToken.None);

        whileCramped.Should().BeFalse();
        refused.Which.Message.Should().Contain(database.FilePath).And.Contain($"{Floor - 1} bytes free");
        withRoom.Should().BeTrue();
        created.SmtpAddress.Should().Be("erin@fabrikam.com");
    }

    [Fact]
    public async Task Write_to_a_full_store_fails_as_unavailable_and_writes_succeed_once_it_has_room()
    {
        await using var database = new TempDatabase();
        var limit = new PageLimit();
        await using var services = await database.StartAsync(configure: s =>
            s.ConfigureDbContext<ImGroupsDbContext>(options => options.AddInterceptors(limit)));
        var directory = services.GetRequiredService<IMailboxDirectory>();
        limit.Pages = (long)(await database.ScalarAsync("PRAGMA page_count"))!;

        var failure = await FillAsync(directory);
        limit.Pages = PageLimit.SqliteMaximum;
        var created = await directory.GetOrCreateAsync("after@fabrikam.com", CancellationToken.None);

        failure.Should().NotBeNull("a store capped at its current size runs out of pages");
        StoreFailures.IsUnavailable(failure).Should().BeTrue();
        Full(failure).Should().BeTrue("SQLite reports SQLITE_FULL, as on a full disk");
        created.SmtpAddress.Should().Be("after@fabrikam.com");
    }

    /// <summary>Provisions mailboxes until a write fails, and returns that failure (null if none did).</summary>
    private static async Task<Exception?> FillAsync(IMailboxDirectory directory)
    {
        for (var i = 0; i < 10_000; i++)
        {
            try
            {
                await directory.GetOrCreateAsync($"user{i}@fabrikam.com", CancellationToken.None);
            }
            catch (Exception e)
            {
                return e;
            }
        }

        return null;
    }

    private static bool Full(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: 13 })
            {
                return true;
            }
        }

        return false;
    }

    private sealed class SettableVolume(long free) : StoreVolume
    {
        private long free = free;

        public long Free
        {
            get => Interlocked.Read(ref free);
            set => Interlocked.Exchange(ref free, value);
        }

        public override long? FreeBytes(string folder) => Free;
    }

    /// <summary>Caps the database at a number of pages on every connection the contexts open: a full disk, for SQLite.</summary>
    private sealed class PageLimit : DbConnectionInterceptor
    {
        public const long SqliteMaximum = 4294967294;

        public long Pages { get; set; } = SqliteMaximum;

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            using var command = Limit(connection);
            command.ExecuteNonQuery();
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = Limit(connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        private DbCommand Limit(DbConnection connection)
        {
            var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA max_page_count = {Pages}";
            return command;
        }
    }
}
#endif
