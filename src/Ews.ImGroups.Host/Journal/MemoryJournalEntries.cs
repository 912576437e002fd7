using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Journal;

/// <summary>The journal of one server process, in its memory: bounded by count and age, newest last.</summary>
public sealed class MemoryJournalEntries(IOptions<JournalOptions> options, TimeProvider clock) : IJournalEntries
{
    private readonly JournalOptions limits = options.Value;
    private readonly Queue<JournalEntry> entries = new();
    private readonly Lock sync = new();
    private long lastId;

    public void Add(JournalEntry entry)
    {
        lock (sync)
        {
            entries.Enqueue(entry with { Id = ++lastId });
            while (entries.Count > limits.MaxEntries)
            {
                entries.Dequeue();
            }

            DropExpired();
        }
    }

    public Task<IReadOnlyList<JournalEntry>> ListAsync(JournalFilter filter, CancellationToken cancellationToken)
    {
        lock (sync)
        {
            DropExpired();
            IReadOnlyList<JournalEntry> matching = entries.Reverse()
                .Where(e => filter.Mailbox is null || string.Equals(e.Mailbox, filter.Mailbox, StringComparison.OrdinalIgnoreCase))
                .Where(e => filter.Operation is null || string.Equals(e.Operation, filter.Operation, StringComparison.OrdinalIgnoreCase))
                .Where(e => filter.ResponseCode is null || string.Equals(e.ResponseCode, filter.ResponseCode, StringComparison.OrdinalIgnoreCase))
                .Where(e => filter.Since is null || e.Time >= filter.Since)
                .Take(filter.Limit)
                .ToList();
            return Task.FromResult(matching);
        }
    }

    public Task<JournalEntry?> FindAsync(long id, CancellationToken cancellationToken)
    {
        lock (sync)
        {
            DropExpired();
            return Task.FromResult(entries.FirstOrDefault(e => e.Id == id));
        }
    }

    public Task<int> CountAsync(CancellationToken cancellationToken) => Task.FromResult(Count());

    public int Count()
    {
        lock (sync)
        {
            DropExpired();
            return entries.Count;
        }
    }

    public Task ClearAsync(CancellationToken cancellationToken)
    {
        lock (sync)
        {
            entries.Clear();
        }

        return Task.CompletedTask;
    }

    private void DropExpired()
    {
        var oldest = clock.GetUtcNow() - limits.MaxAge;
        while (entries.TryPeek(out var first) && first.Time < oldest)
        {
            entries.Dequeue();
        }
    }
}
