using Ews.ImGroups.Storage.Entities;
#if !POSTGRESQL
using Microsoft.Data.Sqlite;
#endif
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Storage.Tests;

/// <summary>The one way the store writes: gate, context, transaction; what it keeps, what it gives back, and when.</summary>
public sealed class StoreWriteTests
{
#if !POSTGRESQL
    private const int SqliteBusy = 5;
#endif

    [Fact]
    public async Task A_committed_write_is_kept()
    {
        await using var database = new TempDatabase();
        var (gate, contexts) = Parts(await database.StartAsync());

        await using (var write = await StoreWrite.BeginAsync(gate, contexts, CancellationToken.None))
        {
            write.Db.DirectoryGroups.Add(Group("sales@contoso.com"));
            await write.Db.SaveChangesAsync();
            await write.CommitAsync(CancellationToken.None);
        }

        (await database.ScalarAsync("SELECT COUNT(*) FROM \"DirectoryGroups\"")).Should().Be(1L);
    }

    [Fact]
    public async Task A_write_that_fails_part_way_keeps_nothing_and_lets_the_next_writer_in()
    {
        await using var database = new TempDatabase();
        var (gate, contexts) = Parts(await database.StartAsync());

        var failing = async () =>
        {
            await using var write = await StoreWrite.BeginAsync(gate, contexts, CancellationToken.None);
            write.Db.DirectoryGroups.Add(Group("sales@contoso.com"));
            await write.Db.SaveChangesAsync();
            write.Db.DirectoryGroups.Add(Group("sales@contoso.com"));
            await write.Db.SaveChangesAsync();
            await write.CommitAsync(CancellationToken.None);
        };

        await failing.Should().ThrowAsync<DbUpdateException>();
        (await database.ScalarAsync("SELECT COUNT(*) FROM \"DirectoryGroups\"")).Should().Be(0L, "the first save was part of the failed write");
        await ShouldBeFreeAsync(gate);
    }

    [Fact]
    public async Task A_write_left_without_commit_keeps_nothing()
    {
        await using var database = new TempDatabase();
        var (gate, contexts) = Parts(await database.StartAsync());

        await using (var write = await StoreWrite.BeginAsync(gate, contexts, CancellationToken.None))
        {
            write.Db.DirectoryGroups.Add(Group("sales@contoso.com"));
            await write.Db.SaveChangesAsync();
        }

        (await database.ScalarAsync("SELECT COUNT(*) FROM \"DirectoryGroups\"")).Should().Be(0L);
        await ShouldBeFreeAsync(gate);
    }

#if !POSTGRESQL
    [Fact]
    public async Task A_write_holds_the_database_write_lock_from_its_start()
    {
        await using var database = new TempDatabase();
        var (gate, contexts) = Parts(await database.StartAsync());

        await using (await StoreWrite.BeginAsync(gate, contexts, CancellationToken.None))
        {
            // Another process's writer, which has no part in this process's gate, finds the database locked.
            var other = () => BeginImmediateElsewhereAsync(database);
            (await other.Should().ThrowAsync<SqliteException>()).Which.SqliteErrorCode.Should().Be(SqliteBusy);
        }

        await BeginImmediateElsewhereAsync(database);
    }
#endif

    [Fact]
    public async Task A_second_writer_waits_for_the_first_to_end()
    {
        await using var database = new TempDatabase();
        var (gate, contexts) = Parts(await database.StartAsync());
        var first = await StoreWrite.BeginAsync(gate, contexts, CancellationToken.None);

        var second = StoreWrite.BeginAsync(gate, contexts, CancellationToken.None).AsTask();
        second.IsCompleted.Should().BeFalse("the first writer is still in");
        await first.DisposeAsync();

        await using var entered = await second;
        entered.Db.DirectoryGroups.Add(Group("sales@contoso.com"));
        await entered.Db.SaveChangesAsync();
        await entered.CommitAsync(CancellationToken.None);
        (await database.ScalarAsync("SELECT COUNT(*) FROM \"DirectoryGroups\"")).Should().Be(1L);
    }

    [Fact]
    public async Task A_writer_cancelled_while_waiting_takes_nothing()
    {
        await using var database = new TempDatabase();
        var (gate, contexts) = Parts(await database.StartAsync());
        using var cancellation = new CancellationTokenSource();
        var first = await StoreWrite.BeginAsync(gate, contexts, CancellationToken.None);

        var waiting = StoreWrite.BeginAsync(gate, contexts, cancellation.Token).AsTask();
        await cancellation.CancelAsync();

        var wait = () => waiting;
        await wait.Should().ThrowAsync<OperationCanceledException>();
        await first.DisposeAsync();
        await ShouldBeFreeAsync(gate);
    }

    [Fact]
    public async Task A_writer_whose_context_cannot_be_made_gives_the_gate_back()
    {
        using var gate = new WriteGate();

        var begin = () => StoreWrite.BeginAsync(gate, new UnavailableContexts(), CancellationToken.None).AsTask();

        await begin.Should().ThrowAsync<InvalidOperationException>().WithMessage("no context");
        await ShouldBeFreeAsync(gate);
    }

    private static (WriteGate Gate, IDbContextFactory<ImGroupsDbContext> Contexts) Parts(IServiceProvider services) =>
        (services.GetRequiredService<WriteGate>(), services.GetRequiredService<IDbContextFactory<ImGroupsDbContext>>());

    private static DirectoryGroupRow Group(string smtpAddress) => new() { SmtpAddress = smtpAddress, DisplayName = "Sales" };

    /// <summary>The gate lets a writer in at once: whatever held it has given it back.</summary>
    private static async Task ShouldBeFreeAsync(WriteGate gate)
    {
        var enter = gate.EnterAsync(CancellationToken.None);
        enter.IsCompleted.Should().BeTrue("nothing may still hold the gate");
        using var slot = await enter;
    }

#if !POSTGRESQL
    private static async Task BeginImmediateElsewhereAsync(TempDatabase database)
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "BEGIN IMMEDIATE; ROLLBACK;";
        command.CommandTimeout = 1;
        await command.ExecuteNonQueryAsync();
    }
#endif

    private sealed class UnavailableContexts : IDbContextFactory<ImGroupsDbContext>
    {
        public ImGroupsDbContext CreateDbContext() => throw new InvalidOperationException("no context");
    }
}
