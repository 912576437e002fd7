namespace Ews.ImGroups.Storage.PostgreSql;

/// <summary>
/// Lines up this process's writers of one mailbox before they take a connection. The database's row lock serializes
/// them anyway; waiting here instead keeps a burst on one mailbox to one connection, rather than one pooled connection
/// per waiting writer, which would starve every other mailbox of connections.
/// </summary>
internal sealed class MailboxTurns
{
    private readonly Dictionary<long, Turn> turns = [];

    public async ValueTask<Held> EnterAsync(long mailboxId, CancellationToken cancellationToken)
    {
        Turn turn;
        lock (turns)
        {
            if (!turns.TryGetValue(mailboxId, out turn!))
            {
                turns[mailboxId] = turn = new Turn();
            }

            turn.Users++;
        }

        try
        {
            await turn.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(mailboxId, turn);
            throw;
        }

        return new Held(this, mailboxId, turn);
    }

    private void Leave(long mailboxId, Turn turn)
    {
        lock (turns)
        {
            if (--turn.Users == 0)
            {
                turns.Remove(mailboxId);
            }
        }
    }

    public readonly struct Held(MailboxTurns owner, long mailboxId, Turn turn) : IDisposable
    {
        public void Dispose()
        {
            turn.Semaphore.Release();
            owner.Leave(mailboxId, turn);
        }
    }

    /// <summary>One mailbox's line, kept while anyone is in it or waiting.</summary>
    internal sealed class Turn
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }
}
