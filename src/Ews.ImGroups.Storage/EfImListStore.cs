using Ews.ImGroups.Domain.Lists;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Ews.ImGroups.Storage;

/// <summary>
/// Runs each mailbox change as one <see cref="StoreWrite"/>: behind this process's write gate, in a transaction that
/// holds SQLite's database write lock from its start. Changes therefore run one at a time, whichever mailbox and process
/// they come from, and the rule checks and writes of one change never interleave with another's. Reads take no write
/// lock: each reads one snapshot of what was committed when it began.
/// </summary>
public sealed class EfImListStore(IDbContextFactory<ImGroupsDbContext> contexts, WriteGate gate) : IImListStore
{
    public async Task<ImListResult<T>> ChangeAsync<T>(
        long mailboxId, Func<IMailboxSession, Task<ImListResult<T>>> work, CancellationToken cancellationToken)
    {
        await using var write = await StoreWrite.BeginAsync(gate, contexts, cancellationToken);

        // Counts the mailbox's changes, and finds a deleted mailbox gone before any rule runs.
        var bumped = await write.Db.Database.ExecuteSqlAsync($"UPDATE Mailboxes SET Revision = Revision + 1 WHERE Id = {mailboxId}", cancellationToken);
        if (bumped == 0)
        {
            return ImListResult<T>.Failure(ImListError.MailboxNotFound);
        }

        var result = await work(new EfMailboxSession(write.Db, mailboxId, cancellationToken));
        if (result.IsSuccess)
        {
            await write.CommitAsync(cancellationToken);
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
