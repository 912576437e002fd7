using System.Collections.Concurrent;

namespace Ews.ImGroups.Host.Identity;

/// <summary>
/// Failures per key in a fixed window that opens at the key's first failure: a key with the maximum within its window is
/// blocked until the window closes. The built-in rate limiters count every attempt and cannot forget a key on success,
/// so this small counter does. Closed windows are dropped now and then, so keys made up by a guesser do not pile up.
/// </summary>
public sealed class FailureCounter(int maxFailures, TimeSpan window, TimeProvider clock)
{
    private const int PruneEvery = 1024;

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private int sincePrune;

    /// <summary>Whether the key is blocked, and for how much longer.</summary>
    public bool IsBlocked(string key, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (!entries.TryGetValue(key, out var entry))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        lock (entry)
        {
            if (entry.Failures < maxFailures || now >= entry.Closes)
            {
                return false;
            }

            retryAfter = entry.Closes - now;
            return true;
        }
    }

    public void Fail(string key)
    {
        var now = clock.GetUtcNow();
        var entry = entries.GetOrAdd(key, _ => new Entry());
        lock (entry)
        {
            if (now >= entry.Closes)
            {
                entry.Failures = 0;
                entry.Closes = now + window;
            }

            entry.Failures++;
        }

        if (Interlocked.Increment(ref sincePrune) % PruneEvery == 0)
        {
            Prune(now);
        }
    }

    public void Forget(string key) => entries.TryRemove(key, out _);

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, entry) in entries)
        {
            bool closed;
            lock (entry)
            {
                closed = now >= entry.Closes;
            }

            if (closed)
            {
                entries.TryRemove(KeyValuePair.Create(key, entry));
            }
        }
    }

    private sealed class Entry
    {
        public int Failures { get; set; }

        public DateTimeOffset Closes { get; set; } = DateTimeOffset.MinValue;
    }
}
