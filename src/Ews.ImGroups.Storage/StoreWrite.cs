using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Ews.ImGroups.Storage;

/// <summary>
/// One change to the store: this process's <see cref="WriteGate"/>, a context of its own and a transaction around
/// everything done with it. SQLite begins the transaction IMMEDIATE, so it holds the database's write lock from the
/// start and reads inside it see the latest commit. Only <see cref="CommitAsync"/> keeps anything: disposing rolls back
/// what was not committed, returns the context to the pool and lets the next writer through the gate.
/// </summary>
/// <remarks>
/// A struct, begun through a pooling builder, because every EWS change goes through it: beginning and ending a write
/// allocates nothing of its own, even when it has to wait for the gate.
/// </remarks>
internal readonly struct StoreWrite : IAsyncDisposable
{
    private readonly WriteGate.Slot slot;
    private readonly IDbContextTransaction transaction;

    private StoreWrite(WriteGate.Slot slot, ImGroupsDbContext db, IDbContextTransaction transaction)
    {
        this.slot = slot;
        Db = db;
        this.transaction = transaction;
    }

    public ImGroupsDbContext Db { get; }

    /// <summary>Waits for the gate, then opens the context and its transaction; on failure nothing stays held.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public static async ValueTask<StoreWrite> BeginAsync(
        WriteGate gate, IDbContextFactory<ImGroupsDbContext> contexts, CancellationToken cancellationToken)
    {
        var slot = await gate.EnterAsync(cancellationToken);
        ImGroupsDbContext? db = null;
        try
        {
            db = await contexts.CreateDbContextAsync(cancellationToken);

            // The transaction is the unit of change and any failure ends it, so savepoints around each save inside it
            // would only add statements.
            db.Database.AutoSavepointsEnabled = false;
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            return new StoreWrite(slot, db, transaction);
        }
        catch
        {
            try
            {
                if (db is not null)
                {
                    await db.DisposeAsync();
                }
            }
            finally
            {
                slot.Dispose();
            }

            throw;
        }
    }

    public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

    /// <summary>Ends the transaction (rolling back unless committed), then the context, then the turn at the gate.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await transaction.DisposeAsync();
        }
        finally
        {
            try
            {
                await Db.DisposeAsync();
            }
            finally
            {
                slot.Dispose();
            }
        }
    }
}
