using System.Text.Json;
using System.Threading.Channels;
using Ews.ImGroups.Host.Journal;
using Ews.ImGroups.Storage.PostgreSql.Coordination;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Storage.Replicas;

/// <summary>
/// The journal in the table every replica shares. Requests only queue their entry; one writer takes whatever is
/// queued and inserts it in one round trip, trimming the table to its limits as it goes. A listing first waits for the
/// entries this process queued before it (briefly, should the database be away), so a client sees its own traffic.
/// The queue holds no more entries than the journal keeps: when traffic outruns the writer, the oldest queued entries
/// go first, as the table's trimming would drop them anyway, so memory stays bounded whatever the load.
/// </summary>
public sealed partial class SharedJournalEntries : IJournalEntries, IAsyncDisposable
{
    private const int MaxBatch = 256;

    /// <summary>How long a listing waits for this process's queued entries before showing what is stored.</summary>
    private static readonly TimeSpan FlushWait = TimeSpan.FromSeconds(2);

    private readonly SharedJournal table;
    private readonly JournalOptions limits;
    private readonly TimeProvider clock;
    private readonly ILogger<SharedJournalEntries> logger;
    private readonly Channel<JournalEntry> queue;
    private readonly Task writer;

    /// <summary>Held while a batch is stored and counted as done, which <see cref="Count"/> must not see halfway.</summary>
    private readonly SemaphoreSlim storing = new(1, 1);
    private long queued;
    private long done;
    private TaskCompletionSource progress = NewSignal();

    public SharedJournalEntries(SharedJournal table, IOptions<JournalOptions> options, TimeProvider clock, ILogger<SharedJournalEntries> logger)
    {
        this.table = table;
        limits = options.Value;
        this.clock = clock;
        this.logger = logger;
        queue = Channel.CreateBounded<JournalEntry>(
            new BoundedChannelOptions(Math.Max(1, limits.MaxEntries)) { SingleReader = true, FullMode = BoundedChannelFullMode.DropOldest },
            _ => Interlocked.Increment(ref done));
        writer = Task.Run(WriteAsync);
    }

    public void Add(JournalEntry entry)
    {
        Interlocked.Increment(ref queued);
        if (!queue.Writer.TryWrite(entry))
        {
            Interlocked.Increment(ref done);
        }
    }

    public async Task<IReadOnlyList<JournalEntry>> ListAsync(string tenant, JournalFilter filter, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        var rows = await table.ListAsync(
            new JournalRowFilter(tenant, filter.Mailbox, filter.Operation, filter.ResponseCode, filter.Since, filter.Limit), Oldest(), cancellationToken);
        return rows.Select(Entry).ToList();
    }

    public async Task<JournalEntry?> FindAsync(string tenant, long id, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        return await table.FindAsync(tenant, id, Oldest(), cancellationToken) is { } row ? Entry(row) : null;
    }

    public async Task<int> CountAsync(string tenant, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        return await table.CountAsync(tenant, Oldest(), cancellationToken);
    }

    /// <summary>
    /// The entries stored and those of this replica still on their way, as the journal will hold them. Read while no
    /// batch is being stored, so a batch stored but not yet counted as done is never counted twice.
    /// </summary>
    public int Count()
    {
        storing.Wait();
        try
        {
            return (int)Math.Min(limits.MaxEntries, table.Count(Oldest()) + Math.Max(0, Interlocked.Read(ref queued) - Interlocked.Read(ref done)));
        }
        finally
        {
            storing.Release();
        }
    }

    public async Task ClearAsync(string tenant, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        await table.ClearAsync(tenant, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await writer;
        storing.Dispose();
    }

    /// <summary>Waits until the entries queued so far are written (or given up), at most <see cref="FlushWait"/>.</summary>
    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        var target = Interlocked.Read(ref queued);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(FlushWait);
        try
        {
            while (Interlocked.Read(ref done) < target)
            {
                await Volatile.Read(ref progress).Task.WaitAsync(timeout.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The database is slow or away: show what it holds.
        }
    }

    private async Task WriteAsync()
    {
        var batch = new List<JournalEntry>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var entry))
            {
                batch.Add(entry);
            }

            await storing.WaitAsync();
            try
            {
                await table.AppendAsync(batch.Select(Row).ToList(), limits.MaxEntries, Oldest(), CancellationToken.None);
            }
            catch (Exception e)
            {
                // The journal is a window on traffic, not part of the answer: entries that cannot be stored are dropped.
                LogDropped(logger, batch.Count, e);
            }
            finally
            {
                Interlocked.Add(ref done, batch.Count);
                storing.Release();
            }

            batch.Clear();
            Interlocked.Exchange(ref progress, NewSignal()).TrySetResult();
        }
    }

    private DateTimeOffset Oldest() => clock.GetUtcNow() - limits.MaxAge;

    private static JournalRow Row(JournalEntry e) => new(
        0, e.Time, e.Replica, e.Mailbox, e.Operation, e.ResponseClass, e.ResponseCode, e.Status, e.DurationMs, e.Injected,
        JsonSerializer.Serialize(e.RequestHeaders), e.RequestUtf8, e.ResponseUtf8, e.Truncated, e.Tenant);

    private static JournalEntry Entry(JournalRow r) => new(
        r.Id, r.Time, r.Replica, r.Mailbox, r.Operation, r.ResponseClass, r.ResponseCode, r.Status, r.DurationMs, r.Injected,
        JsonSerializer.Deserialize<Dictionary<string, string>>(r.RequestHeaders) ?? [], r.Request, r.Response, r.Truncated) { Tenant = r.Tenant };

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} journal entries could not be stored and were dropped")]
    private static partial void LogDropped(ILogger logger, int count, Exception exception);
}
