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
public sealed partial class ExchangeRecorder(RequestDelegate next, EwsMetrics metrics, RequestJournal journal, ILogger<ExchangeRecorder> logger)
{
    public async Task InvokeAsync(HttpContext context, RequestOutcome outcome)
    {
        outcome.Begin(context.RequestAborted);
        var started = Stopwatch.GetTimestamp();
        using var capture = journal.Capture(context);
        var failed = true;
        int? clientStatus = null;
        try
        {
            try
            {
                await next(context);
            }
            catch (Exception e) when (!context.Response.HasStarted && ClientDisconnects.StatusFor(context, e) is null)
            {
                // The gate failed before any operation ran (credentials, provisioning the mailbox, chaos rules): the
                // client still gets Exchange's fault, never a bare 500; what failed stays in the log.
                var fault = StoreFailures.IsUnavailable(e) ? EwsFault.StoreUnavailable : EwsFault.InternalServerError;
                LogGateFailure(e, fault.ResponseCode);
                outcome.Failed(fault.ResponseCode);
                context.Response.Clear();
                await EwsFaultWriter.WriteAsync(context.Response, fault);
            }

            if (capture is not null && !outcome.Dropped)
            {
                await capture.FlushAsync(context.RequestAborted);
            }

            failed = false;
        }
        catch (Exception e) when (ClientDisconnects.StatusFor(context, e) is { } status)
        {
            // Recorded as the client's doing; the exception goes on to be answered and logged as such.
            clientStatus = status;
            throw;
        }
        finally
        {
            outcome.Completed(clientStatus ?? (failed ? StatusCodes.Status500InternalServerError : context.Response.StatusCode));
            var elapsed = Stopwatch.GetElapsedTime(started);
            metrics.Record(outcome, elapsed);
            capture?.Record(outcome, elapsed);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The request failed before its operation ran; answered {ResponseCode}")]
    private partial void LogGateFailure(Exception exception, string responseCode);
}
