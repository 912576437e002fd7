using Ews.ImGroups.Domain.Lists;
using Microsoft.EntityFrameworkCore;

namespace Ews.ImGroups.Storage;

/// <summary>
/// Runs mailbox work in one database transaction. The first statement bumps the mailbox's revision, which takes the
/// row (PostgreSQL) or database (SQLite) write lock, so rule checks and writes of one mailbox never interleave.
/// </summary>
public sealed class EfImListStore(IDbContextFactory<ImGroupsDbContext> contexts, WriteGate gate) : IImListStore
{
    public async Task<T> InMailboxAsync<T>(
        long mailboxId, Func<IMailboxSession, Task<MailboxWork<T>>> work, CancellationToken cancellationToken)
    {
        using var slot = await gate.EnterAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Mailboxes
            .Where(m => m.Id == mailboxId)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.Revision, m => m.Revision + 1), cancellationToken);

        var outcome = await work(new EfMailboxSession(db, mailboxId, cancellationToken));
        if (outcome.Commit)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return outcome.Result;
    }
}
