using System.Diagnostics.Metrics;
using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Host.Configuration;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Observability;

/// <summary>
/// The server's meter and the instruments every EWS request is counted and timed on. The meter comes from the host's
/// meter factory, so several servers in one process each report only their own requests. Every measurement carries
/// the <c>replica</c> label, so the series of replicas sharing one store stay apart wherever they are gathered.
/// </summary>
public sealed class EwsMetrics
{
    public const string MeterName = "Ews.ImGroups";

    public const string ReplicaLabel = "replica";

    /// <summary>Exported as <c>ews_requests_total</c>: the Prometheus exporter appends the counter suffix.</summary>
    public const string RequestsName = "ews_requests";

    /// <summary>Exported as <c>ews_request_duration_seconds</c>: the Prometheus exporter appends the unit.</summary>
    public const string DurationName = "ews_request_duration";

    /// <summary>The histogram's bucket bounds in seconds, from a millisecond to ten seconds.</summary>
    public static IReadOnlyList<double> DurationBuckets { get; } = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly Counter<long> requests;
    private readonly Histogram<double> durations;

    public EwsMetrics(IMeterFactory meters, IOptions<EwsOptions> options)
    {
        Replica = new(ReplicaLabel, options.Value.ReplicaName);
        Meter = meters.Create(MeterName);
        requests = Meter.CreateCounter<long>(RequestsName, description: "EWS requests by operation, response code and HTTP status.");
        durations = Meter.CreateHistogram<double>(DurationName, unit: "s", description: "Time from receiving an EWS request to answering it.");
    }

    /// <summary>The label every measurement of this server carries.</summary>
    public KeyValuePair<string, object?> Replica { get; }

    /// <summary>The meter other areas add their own instruments to.</summary>
    public Meter Meter { get; }

    public void Record(RequestOutcome outcome, TimeSpan elapsed)
    {
        var operation = new KeyValuePair<string, object?>("operation", outcome.Operation);
        requests.Add(1, operation, new("code", outcome.ResponseCode), new("status", outcome.Status), Replica);
        durations.Record(elapsed.TotalSeconds, operation, Replica);
    }
}
