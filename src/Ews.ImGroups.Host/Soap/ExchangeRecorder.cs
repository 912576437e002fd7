using System.Diagnostics;
using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Host.Journal;
using Ews.ImGroups.Host.Observability;
using Ews.ImGroups.Storage;

namespace Ews.ImGroups.Host.Soap;

/// <summary>
/// Wraps every exchange on the EWS endpoint: times it, lets the journal watch the response stream out, and once the
/// answer is sent hands the request's outcome to the metrics and the journal (the request log reads the same outcome).
/// </summary>
public sealed class ExchangeRecorder(RequestDelegate next, EwsMetrics metrics, RequestJournal journal)
{
    public async Task InvokeAsync(HttpContext context, RequestOutcome outcome)
    {
        outcome.Begin(context.RequestAborted);
        var started = Stopwatch.GetTimestamp();
        using var capture = journal.Capture(context);
        var failed = true;
        try
        {
            try
            {
                await next(context);
            }
            catch (Exception e) when (StoreFailures.IsUnavailable(e) && !context.Response.HasStarted)
            {
                // The gate could not reach the store (credentials, mailbox or chaos rules): no operation ran.
                outcome.Failed(EwsFault.StoreUnavailable.ResponseCode);
                await EwsFaultWriter.WriteAsync(context.Response, EwsFault.StoreUnavailable);
            }

            if (capture is not null && !outcome.Dropped)
            {
                await capture.FlushAsync(context.RequestAborted);
            }

            failed = false;
        }
        finally
        {
            outcome.Completed(failed ? StatusCodes.Status500InternalServerError : context.Response.StatusCode);
            var elapsed = Stopwatch.GetElapsedTime(started);
            metrics.Record(outcome, elapsed);
            capture?.Record(outcome, elapsed);
        }
    }
}
