using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Ews.ImGroups.Host.Common;

namespace Ews.ImGroups.Host.Observability;

/// <summary>
/// Counts EWS requests by operation, response code and HTTP status, and their durations by operation, and writes
/// them in Prometheus' text format, with the gauges other areas report.
/// </summary>
public sealed class EwsMetrics(IEnumerable<MetricGauge> gauges)
{
    public const string Path = "/metrics";
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private static readonly double[] Buckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly ConcurrentDictionary<(string Operation, string Code, int Status), long[]> requests = new();
    private readonly ConcurrentDictionary<string, Histogram> durations = new(StringComparer.Ordinal);

    public void Record(RequestOutcome outcome, TimeSpan elapsed)
    {
        Interlocked.Increment(ref requests.GetOrAdd((outcome.Operation, outcome.ResponseCode, outcome.Status), _ => new long[1])[0]);
        durations.GetOrAdd(outcome.Operation, _ => new Histogram()).Observe(elapsed.TotalSeconds);
    }

    public string Render()
    {
        var text = new StringBuilder();
        text.Append("# HELP ews_requests_total EWS requests by operation, response code and HTTP status.\n");
        text.Append("# TYPE ews_requests_total counter\n");
        foreach (var ((operation, code, status), count) in requests.OrderBy(r => r.Key))
        {
            text.Append(CultureInfo.InvariantCulture, $"ews_requests_total{{operation=\"{operation}\",code=\"{code}\",status=\"{status}\"}} {Volatile.Read(ref count[0])}\n");
        }

        text.Append("# HELP ews_request_duration_seconds Time from receiving an EWS request to answering it.\n");
        text.Append("# TYPE ews_request_duration_seconds histogram\n");
        foreach (var (operation, histogram) in durations.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            histogram.Render(text, operation);
        }

        foreach (var gauge in gauges)
        {
            text.Append(CultureInfo.InvariantCulture, $"# HELP {gauge.Name} {gauge.Help}\n");
            text.Append(CultureInfo.InvariantCulture, $"# TYPE {gauge.Name} gauge\n");
            text.Append(CultureInfo.InvariantCulture, $"{gauge.Name} {gauge.Read()}\n");
        }

        return text.ToString();
    }

    private sealed class Histogram
    {
        private readonly long[] counts = new long[Buckets.Length + 1];
        private long sumMicroseconds;

        public void Observe(double seconds)
        {
            var bucket = Array.FindIndex(Buckets, bound => seconds <= bound);
            Interlocked.Increment(ref counts[bucket < 0 ? Buckets.Length : bucket]);
            Interlocked.Add(ref sumMicroseconds, (long)(seconds * 1_000_000));
        }

        public void Render(StringBuilder text, string operation)
        {
            long cumulative = 0;
            for (var i = 0; i < Buckets.Length; i++)
            {
                cumulative += Volatile.Read(ref counts[i]);
                text.Append(CultureInfo.InvariantCulture, $"ews_request_duration_seconds_bucket{{operation=\"{operation}\",le=\"{Buckets[i]}\"}} {cumulative}\n");
            }

            cumulative += Volatile.Read(ref counts[Buckets.Length]);
            text.Append(CultureInfo.InvariantCulture, $"ews_request_duration_seconds_bucket{{operation=\"{operation}\",le=\"+Inf\"}} {cumulative}\n");
            text.Append(CultureInfo.InvariantCulture, $"ews_request_duration_seconds_sum{{operation=\"{operation}\"}} {Volatile.Read(ref sumMicroseconds) / 1_000_000.0}\n");
            text.Append(CultureInfo.InvariantCulture, $"ews_request_duration_seconds_count{{operation=\"{operation}\"}} {cumulative}\n");
        }
    }
}
