using System.ComponentModel.DataAnnotations;
using Ews.ImGroups.Host.Configuration;

namespace Ews.ImGroups.Host.Journal;

/// <summary>
/// The <c>Ews:Journal</c> section. On SQLite the journal is held in memory: it is a window on recent traffic, so it
/// neither slows the store nor outlives the process. On PostgreSQL it is a table all replicas share, written behind the
/// requests. Its worst-case size is about <c>MaxEntries × 2 × MaxXmlChars</c> characters.
/// </summary>
public sealed class JournalOptions
{
    public const string SectionName = EwsOptions.SectionName + ":Journal";

    /// <summary>Entries kept; the oldest go first. Zero switches the journal off.</summary>
    [Range(0, 100_000)]
    public int MaxEntries { get; set; } = 500;

    /// <summary>Entries older than this are dropped.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Characters kept of each request and response; the rest is cut and the entry marked truncated.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxXmlChars { get; set; } = 32 * 1024;
}
