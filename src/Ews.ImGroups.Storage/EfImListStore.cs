using Ews.ImGroups.Domain.Lists;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Ews.ImGroups.Storage;

/// <summary>
/// Runs mailbox changes in one database transaction. The first statement bumps the mailbox's revision, which takes the
/// row (PostgreSQL) or database (SQLite) write lock, so rule checks and writes of one mailbox never interleave.
/// </summary>
public sealed class EfImListStore(IDbContextFactory<ImGroupsDbContext> contexts, WriteGate gate) : IImListStore
{
    public async Task<ImListResult<T>> ChangeAsync<T>(
        long mailboxId, Func<IMailboxSession, Task<ImListResult<T>>> work, CancellationToken cancellationToken)
    {
        using var slot = await gate.EnterAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // The transaction is the unit of change; savepoints around each save inside it would only add statements.
        db.Database.AutoSavepointsEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var bumped = await db.Database.ExecuteSqlAsync($"UPDATE Mailboxes SET Revision = Revision + 1 WHERE Id = {mailboxId}", cancellationToken);
        if (bumped == 0)
        {
            return ImListResult<T>.Failure(ImListError.MailboxNotFound);
        }

        var result = await work(new EfMailboxSession(db, mailboxId, cancellationToken));
        if (result.IsSuccess)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    public async Task<ImItemList> ReadAsync(long mailboxId, ImListSelection selection, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await BeginReadAsync(db, cancellationToken);
        return await ImListQuery.ReadAsync(db, mailboxId, selection, cancellationToken);
    }

    /// <summary>A read transaction: one snapshot for all queries, taking no write lock (SQLite's deferred BEGIN).</summary>
    private static async Task<IDbContextTransaction> BeginReadAsync(ImGroupsDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        return await db.Database.UseTransactionAsync(connection.BeginTransaction(deferred: true), cancellationToken)
            ?? throw new InvalidOperationException("The read transaction could not be used.");
    }
}
