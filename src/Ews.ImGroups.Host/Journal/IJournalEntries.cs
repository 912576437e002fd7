namespace Ews.ImGroups.Host.Journal;

/// <summary>
/// Where the journal keeps its entries: this process's memory, or a table every replica shares. Adding never waits for
/// storage, so the journal costs a request nothing it would notice.
/// </summary>
public interface IJournalEntries
{
    /// <summary>Keeps an entry; its <see cref="JournalEntry.Id"/> is given here, whatever the entry holds.</summary>
    void Add(JournalEntry entry);

    /// <summary>The tenant's matching entries, newest first, including every entry added by this process before the call.</summary>
    Task<IReadOnlyList<JournalEntry>> ListAsync(string tenant, JournalFilter filter, CancellationToken cancellationToken);

    /// <summary>The tenant's entry with the id; null when the tenant has none with it.</summary>
    Task<JournalEntry?> FindAsync(string tenant, long id, CancellationToken cancellationToken);

    Task<int> CountAsync(string tenant, CancellationToken cancellationToken);

    /// <summary>Every tenant's entries, for the metrics' gauge, which is read synchronously.</summary>
    int Count();

    Task ClearAsync(string tenant, CancellationToken cancellationToken);
}
