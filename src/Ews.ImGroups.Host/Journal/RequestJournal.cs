using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Host.Configuration;
using Ews.ImGroups.Storage.Tenants;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Journal;

/// <summary>
/// The most recent SOAP exchanges, bounded by count and age, each naming the replica that served it; read and cleared
/// for the current tenant (<see cref="TenantScope"/>).
/// </summary>
public sealed class RequestJournal(
    IOptions<JournalOptions> options, IOptions<EwsOptions> ews, TimeProvider clock, ChangeFeed changes, IJournalEntries entries)
{
    private readonly JournalOptions limits = options.Value;

    public bool Enabled => limits.MaxEntries > 0;

    public int MaxXmlChars => limits.MaxXmlChars;

    /// <summary>The name entries of this process carry.</summary>
    public string Replica { get; } = ews.Value.ReplicaName;

    /// <summary>Starts keeping an exchange's response; null while the journal is switched off.</summary>
    public JournalCapture? Capture(HttpContext context) => Enabled ? new JournalCapture(this, context, limits.MaxXmlChars) : null;

    public Task<int> CountAsync(CancellationToken cancellationToken) => entries.CountAsync(TenantScope.Current, cancellationToken);

    /// <summary>Adds an exchange, stamped with the current time; the id is the store's to give.</summary>
    public void Add(Func<DateTimeOffset, JournalEntry> create)
    {
        entries.Add(create(clock.GetUtcNow()));
        changes.Notify();
    }

    /// <summary>Matching entries, newest first.</summary>
    public Task<IReadOnlyList<JournalEntry>> ListAsync(JournalFilter filter, CancellationToken cancellationToken) =>
        entries.ListAsync(TenantScope.Current, filter, cancellationToken);

    public Task<JournalEntry?> FindAsync(long id, CancellationToken cancellationToken) => entries.FindAsync(TenantScope.Current, id, cancellationToken);

    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        await entries.ClearAsync(TenantScope.Current, cancellationToken);
        changes.Notify();
    }
}
