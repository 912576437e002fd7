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

    public Task<IReadOnlyList<JournalEntry>> ListAsync(string tenant, JournalFilter filter, CancellationToken cancellationToken)
    {
        lock (sync)
        {
            DropExpired();
            IReadOnlyList<JournalEntry> matching = entries.Reverse()
                .Where(e => e.Tenant == tenant)
                .Where(e => filter.Mailbox is null || string.Equals(e.Mailbox, filter.Mailbox, StringComparison.OrdinalIgnoreCase))
                .Where(e => filter.Operation is null || string.Equals(e.Operation, filter.Operation, StringComparison.OrdinalIgnoreCase))
                .Where(e => filter.ResponseCode is null || string.Equals(e.ResponseCode, filter.ResponseCode, StringComparison.OrdinalIgnoreCase))
                .Where(e => filter.Since is null || e.Time >= filter.Since)
                .Take(filter.Limit)
                .ToList();
            return Task.FromResult(matching);
        }
    }

    public Task<JournalEntry?> FindAsync(string tenant, long id, CancellationToken cancellationToken)
    {
        lock (sync)
        {
            DropExpired();
            return Task.FromResult(entries.FirstOrDefault(e => e.Id == id && e.Tenant == tenant));
        }
    }

    public Task<int> CountAsync(string tenant, CancellationToken cancellationToken)
    {
        lock (sync)
        {
            DropExpired();
            return Task.FromResult(entries.Count(e => e.Tenant == tenant));
        }
    }

    public int Count()
    {
        lock (sync)
        {
            DropExpired();
            return entries.Count;
        }
    }

    public Task ClearAsync(string tenant, CancellationToken cancellationToken)
    {
        lock (sync)
        {
            var kept = entries.Where(e => e.Tenant != tenant).ToList();
            entries.Clear();
            foreach (var entry in kept)
            {
                entries.Enqueue(entry);
            }
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
