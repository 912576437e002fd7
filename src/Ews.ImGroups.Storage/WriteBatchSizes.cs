using System.Diagnostics.Metrics;

namespace Ews.ImGroups.Storage;

/// <summary>
/// How many changes each commit of the writer carried: the measure of how much group commit saves. Counted here for
/// tests and tools, and recorded on the <see cref="MeterName"/> meter where the host has metrics.
/// </summary>
public sealed class WriteBatchSizes
{
    public const string MeterName = "Ews.ImGroups.Storage";

    public const string InstrumentName = "ews.imgroups.store.write_batch_size";

    private readonly long[] counts = new long[SqliteImListStore.MaxBatch + 1];
    private readonly Histogram<int>? histogram;

    public WriteBatchSizes(IMeterFactory? meters = null)
    {
        histogram = meters?.Create(MeterName).CreateHistogram(
            InstrumentName,
            unit: "{change}",
            description: "Changes committed together by one transaction of the store's writer.",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 4, 8, 16, 32, 64] });
    }

    /// <summary>Commits so far, by the number of changes they carried (index 0 stays empty).</summary>
    public IReadOnlyList<long> Counts => [.. counts];

    internal void Record(int changes)
    {
        Interlocked.Increment(ref counts[changes]);
        histogram?.Record(changes);
    }
}
