namespace Ews.ImGroups.Host.Journal;

/// <summary>
/// Where the journal keeps its entries: this process's memory, or a table every replica shares. Adding never waits for
/// storage, so the journal costs a request nothing it would notice.
/// </summary>
public interface IJournalEntries
{
    /// <summary>Keeps an entry; its <see cref="JournalEntry.Id"/> is given here, whatever the entry holds.</summary>
    void Add(JournalEntry entry);

    /// <summary>Matching entries, newest first, including every entry added by this process before the call.</summary>
    Task<IReadOnlyList<JournalEntry>> ListAsync(JournalFilter filter, CancellationToken cancellationToken);

    Task<JournalEntry?> FindAsync(long id, CancellationToken cancellationToken);

    Task<int> CountAsync(CancellationToken cancellationToken);

    /// <summary>For the metrics' gauge, which is read synchronously.</summary>
    int Count();

    Task ClearAsync(CancellationToken cancellationToken);
}
