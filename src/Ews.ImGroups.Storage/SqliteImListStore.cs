using System.Threading.Channels;
using Ews.ImGroups.Domain.Lists;
using Microsoft.EntityFrameworkCore;

namespace Ews.ImGroups.Storage;

/// <summary>
/// Mailbox changes through one writer with group commit. Callers queue their change; a single loop takes as many as
/// are waiting (up to <see cref="MaxBatch"/>), and behind this process's <see cref="WriteGate"/> runs them in one
/// IMMEDIATE transaction, each inside a savepoint of its own, then commits once. A change that fails, by rule or by
/// throwing, is rolled back to its savepoint and leaves the others of its batch alone; no caller hears back before
/// the commit that keeps (or would have kept) its change, and a failed commit fails every caller of the batch.
/// Changes therefore still run one at a time, whichever mailbox and process they come from, and the rule checks and
/// writes of one change never interleave with another's. Reads take no write lock: each reads one snapshot of what
/// was committed when it began, on a connection of <see cref="SqliteListReader"/>.
/// </summary>
public sealed class SqliteImListStore : IImListStore, IDisposable, IAsyncDisposable
{
    /// <summary>Bounds how long the last change of a batch waits for the first, and how many callers one failed commit fails.</summary>
    public const int MaxBatch = 64;

    private readonly WriteGate gate;
    private readonly string connectionString;
    private readonly Channel<QueuedChange> queue = Channel.CreateUnbounded<QueuedChange>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task writer;
    private readonly SqliteListReader reader;

    /// <summary>Opened by the first batch, after startup has brought the schema up to date; reopened after a failed batch.</summary>
    private SqliteMailboxSession? session;

    public SqliteImListStore(IDbContextFactory<ImGroupsDbContext> contexts, WriteGate gate, WriteBatchSizes batchSizes)
    {
        this.gate = gate;
        BatchSizes = batchSizes;
        using (var db = contexts.CreateDbContext())
        {
            connectionString = db.Database.GetConnectionString()
                ?? throw new InvalidOperationException("The store has no connection string.");
        }

        reader = new SqliteListReader(connectionString);
        writer = Task.Run(WriteAsync);
    }

    public WriteBatchSizes BatchSizes { get; }

    public Task<ImListResult<T>> ChangeAsync<T>(
        long mailboxId, Func<IMailboxSession, Task<ImListResult<T>>> work, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<ImListResult<T>>(cancellationToken);
        }

        var change = new QueuedChange<T>(mailboxId, work, cancellationToken);
        ObjectDisposedException.ThrowIf(!queue.Writer.TryWrite(change), this);
        return change.Outcome;
    }

    /// <summary>Reads on the calling thread: SQLite answers from this process, so there is nothing to wait for asynchronously.</summary>
    public Task<ImItemList> ReadAsync(long mailboxId, ImListSelection selection, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<ImItemList>(cancellationToken);
        }

        return Task.FromResult(reader.Read(mailboxId, selection));
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Lets the queued changes finish, then closes the writer's connection.</summary>
    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await writer;
        session?.Dispose();
        session = null;
        reader.Dispose();
    }

    private async Task WriteAsync()
    {
        var batch = new List<QueuedChange>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var change))
            {
                batch.Add(change);
            }

            await RunBatchAsync(batch);
            batch.Clear();
        }
    }

    /// <summary>Runs one batch to its commit, then answers its callers; never throws, so the loop outlives any batch.</summary>
    private async Task RunBatchAsync(List<QueuedChange> batch)
    {
        var ran = 0;
        try
        {
            using (await gate.EnterAsync(CancellationToken.None))
            {
                session ??= SqliteMailboxSession.Open(connectionString);
                session.Begin();
                try
                {
                    foreach (var change in batch)
                    {
                        if (await change.RunAsync(session))
                        {
                            ran++;
                        }
                    }

                    session.Commit();
                }
                catch
                {
                    session.RollbackIfOpen();
                    throw;
                }
            }

            if (ran > 0)
            {
                BatchSizes.Record(ran);
            }

            foreach (var change in batch)
            {
                change.Complete();
            }
        }
        catch (Exception e)
        {
            // Whatever left the batch unfinished may have left the connection unusable too: the next batch opens afresh.
            session?.Dispose();
            session = null;
            foreach (var change in batch)
            {
                change.Fail(e);
            }
        }
    }

    /// <summary>A caller's change waiting in the queue, and what to answer once its batch is committed.</summary>
    private abstract class QueuedChange
    {
        /// <summary>Runs the change in its savepoint; false when it was cancelled before it started, and did not run.</summary>
        public abstract Task<bool> RunAsync(SqliteMailboxSession session);

        /// <summary>Gives the caller the change's outcome; its batch is committed.</summary>
        public abstract void Complete();

        /// <summary>Fails the caller: the batch did not commit.</summary>
        public abstract void Fail(Exception exception);
    }

    private sealed class QueuedChange<T>(long mailboxId, Func<IMailboxSession, Task<ImListResult<T>>> work, CancellationToken cancellationToken)
        : QueuedChange
    {
        private readonly TaskCompletionSource<ImListResult<T>> answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private ImListResult<T> result;
        private Exception? thrown;
        private bool cancelled;

        public Task<ImListResult<T>> Outcome => answer.Task;

        public override async Task<bool> RunAsync(SqliteMailboxSession session)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                cancelled = true;
                return false;
            }

            // The revision bump comes first: it counts the mailbox's changes and finds a deleted mailbox gone before any rule runs.
            if (!session.StartChange(mailboxId))
            {
                result = ImListResult<T>.Failure(ImListError.MailboxNotFound);
                session.DropChange();
                return true;
            }

            try
            {
                result = await work(session);
            }
            catch (Exception e)
            {
                thrown = e;
            }

            if (thrown is null && result.IsSuccess)
            {
                session.KeepChange();
            }
            else
            {
                session.DropChange();
            }

            return true;
        }

        public override void Complete()
        {
            if (cancelled)
            {
                answer.TrySetCanceled(cancellationToken);
            }
            else if (thrown is OperationCanceledException canceled)
            {
                // As an awaited change would have: the caller's task ends cancelled rather than faulted.
                answer.TrySetCanceled(canceled.CancellationToken);
            }
            else if (thrown is not null)
            {
                answer.TrySetException(thrown);
            }
            else
            {
                answer.TrySetResult(result);
            }
        }

        public override void Fail(Exception exception)
        {
            if (cancelled)
            {
                answer.TrySetCanceled(cancellationToken);
            }
            else
            {
                answer.TrySetException(exception);
            }
        }
    }
}
