using Ews.ImGroups.Host.Common;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Journal;

/// <summary>The most recent SOAP exchanges, bounded by count and age, newest last.</summary>
public sealed class RequestJournal(IOptions<JournalOptions> options, TimeProvider clock, ChangeFeed changes)
{
    private readonly JournalOptions limits = options.Value;
    private readonly Queue<JournalEntry> entries = new();
    private readonly Lock sync = new();
    private long lastId;

    public bool Enabled => limits.MaxEntries > 0;

    public int MaxXmlChars => limits.MaxXmlChars;

    /// <summary>Starts keeping an exchange's response; null while the journal is switched off.</summary>
    public JournalCapture? Capture(HttpContext context) => Enabled ? new JournalCapture(this, context, limits.MaxXmlChars) : null;

    public int Count
    {
        get
        {
            lock (sync)
            {
                DropExpired();
                return entries.Count;
            }
        }
    }

    /// <summary>Adds an exchange, giving it the next id and the current time.</summary>
    public JournalEntry Add(Func<long, DateTimeOffset, JournalEntry> create)
    {
        JournalEntry entry;
        lock (sync)
        {
            entry = create(++lastId, clock.GetUtcNow());
            entries.Enqueue(entry);
            while (entries.Count > limits.MaxEntries)
            {
                entries.Dequeue();
            }

            DropExpired();
        }

        changes.Notify();
        return entry;
    }

    /// <summary>Matching entries, newest first.</summary>
    public IReadOnlyList<JournalEntry> List(JournalFilter filter)
    {
        lock (sync)
        {
            DropExpired();
            return entries.Reverse()
                .Where(e => filter.Mailbox is null || string.Equals(e.Mailbox, filter.Mailbox, StringComparison.OrdinalIgnoreCase))
                .Where(e => filter.Operation is null || string.Equals(e.Operation, filter.Operation, StringComparison.OrdinalIgnoreCase))
                .Where(e => filter.ResponseCode is null || string.Equals(e.ResponseCode, filter.ResponseCode, StringComparison.OrdinalIgnoreCase))
                .Where(e => filter.Since is null || e.Time >= filter.Since)
                .Take(filter.Limit)
                .ToList();
        }
    }

    public JournalEntry? Find(long id)
    {
        lock (sync)
        {
            DropExpired();
            return entries.FirstOrDefault(e => e.Id == id);
        }
    }

    public void Clear()
    {
        lock (sync)
        {
            entries.Clear();
        }

        changes.Notify();
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
