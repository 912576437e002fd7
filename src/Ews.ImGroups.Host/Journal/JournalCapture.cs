using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Storage.Tenants;

namespace Ews.ImGroups.Host.Journal;

/// <summary>
/// One exchange on its way into the journal: the client's headers as sent (taken before the gate rewrites any), and
/// the response as it streams to the client.
/// </summary>
public sealed class JournalCapture : IDisposable
{
    private readonly RequestJournal journal;
    private readonly HttpResponse response;
    private readonly Stream original;
    private readonly CapturingStream capture;
    private readonly IReadOnlyDictionary<string, string> headers;

    internal JournalCapture(RequestJournal journal, HttpContext context, int limit)
    {
        this.journal = journal;
        response = context.Response;
        original = response.Body;
        headers = Redaction.Headers(context.Request);
        capture = new CapturingStream(original, limit);
        response.Body = capture;
    }

    /// <summary>Pushes what the response writer still holds through the capture before the capture is taken away.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken) => await response.BodyWriter.FlushAsync(cancellationToken);

    public void Record(RequestOutcome outcome, TimeSpan elapsed)
    {
        response.Body = original;
        journal.Add(time => new JournalEntry(
            0,
            time,
            journal.Replica,
            outcome.MailboxAddress,
            outcome.Operation,
            outcome.ResponseClass,
            outcome.ResponseCode,
            outcome.Status,
            elapsed.TotalMilliseconds,
            outcome.ChaosEffect,
            headers,
            outcome.RequestUtf8,
            capture.Bytes(),
            outcome.RequestTruncated || capture.Truncated) { Tenant = TenantScope.Current });
    }

    public void Dispose()
    {
        response.Body = original;
        capture.Dispose();
    }
}
