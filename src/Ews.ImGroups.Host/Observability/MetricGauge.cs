namespace Ews.ImGroups.Host.Observability;

/// <summary>A value another area reports in <c>/metrics</c>, read each time the metrics are scraped.</summary>
public sealed record MetricGauge(string Name, string Help, Func<long> Read);
