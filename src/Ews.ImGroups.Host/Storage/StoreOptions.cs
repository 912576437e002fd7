using Ews.ImGroups.Host.Configuration;
using Ews.ImGroups.Storage;

namespace Ews.ImGroups.Host.Storage;

/// <summary>The <c>Ews:Store</c> section; the connection string stays in <c>ConnectionStrings:ImGroups</c>.</summary>
public sealed class StoreOptions
{
    public const string SectionName = EwsOptions.SectionName + ":Store";

    /// <summary>Room for the write-ahead log to grow by several checkpoints' worth and for a large import to land.</summary>
    public const long DefaultMinimumFreeBytes = 64L * 1024 * 1024;

    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    /// <summary>
    /// For SQLite: the room, in bytes, kept free on the store file's volume. Below it writes are refused with the
    /// store-unavailable answer and <c>/readyz</c> answers 503, rather than SQLite running out of room in the middle of
    /// a write; 0 turns the check off.
    /// </summary>
    public long MinimumFreeBytes { get; set; } = DefaultMinimumFreeBytes;
}
