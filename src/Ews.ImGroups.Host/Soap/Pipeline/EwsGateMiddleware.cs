using System.Diagnostics;
using System.Text;
using Ews.ImGroups.Domain.Mailboxes;
using Ews.ImGroups.Host.Chaos;
using Ews.ImGroups.Host.Configuration;
using Ews.ImGroups.Host.Identity;
using Ews.ImGroups.Host.Journal;
using Ews.ImGroups.Host.Observability;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Serilog;

namespace Ews.ImGroups.Host.Soap.Pipeline;

/// <summary>
/// Everything Exchange checks before running an operation: method, credentials, content type, size, schema, SOAP
/// headers and the target mailbox. Only requests that pass reach SoapCore, with their body buffered and their
/// SOAPAction set from the body so dispatch never depends on what the client sent. The gate is also where chaos rules
/// step in, and where every exchange is counted and journaled.
/// </summary>
public sealed class EwsGateMiddleware(
    RequestDelegate next,
    EnvelopeValidator validator,
    CallerAuthenticator authenticator,
    ImpersonationResolver impersonation,
    IMailboxDirectory mailboxes,
    IDiagnosticContext diagnostics,
    EwsMetrics metrics,
    RequestJournal journal,
    ChaosInjector chaos,
    IOptions<EwsOptions> options)
{
    private const string TextXml = "text/xml";

    public async Task InvokeAsync(HttpContext context)
    {
        var outcome = new EwsOutcome();
        context.Features.Set(outcome);
        var started = Stopwatch.GetTimestamp();
        var original = context.Response.Body;
        using var capture = journal.Enabled ? new CapturingStream(original, journal.MaxXmlChars) : null;
        if (capture is not null)
        {
            context.Response.Body = capture;
        }

        // Taken before the gate, which replaces SOAPAction with the one the body names.
        var headers = capture is null ? null : Redaction.Headers(context.Request);
        var failed = true;
        try
        {
            await GateAsync(context, outcome);
            if (capture is not null && !outcome.Dropped)
            {
                await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
            }

            failed = false;
        }
        finally
        {
            context.Response.Body = original;
            var elapsed = Stopwatch.GetElapsedTime(started);
            var status = outcome.Dropped ? 0 : failed ? StatusCodes.Status500InternalServerError : context.Response.StatusCode;
            metrics.Record(outcome.Operation, outcome.ResponseCode, status, elapsed);
            if (capture is not null)
            {
                Journal(headers!, outcome, status, elapsed, capture);
            }
        }
    }

    private void Journal(IReadOnlyDictionary<string, string> headers, EwsOutcome outcome, int status, TimeSpan elapsed, CapturingStream capture)
    {
        var responseXml = capture.Bytes();
        journal.Add((id, time) => new JournalEntry(
            id,
            time,
            outcome.Mailbox,
            outcome.Operation,
            outcome.ResponseCode switch
            {
                ResponseCodes.NoError => ResponseClasses.Success,
                EwsOutcome.Unknown => EwsOutcome.Unknown,
                _ => ResponseClasses.Error,
            },
            outcome.ResponseCode,
            status,
            elapsed.TotalMilliseconds,
            outcome.Injected,
            headers,
            outcome.RequestUtf8,
            responseXml,
            outcome.RequestTruncated || capture.Truncated));
    }

    private async Task GateAsync(HttpContext context, EwsOutcome outcome)
    {
        var request = context.Request;
        StartLogLine();
        if (!EwsEndpoint.Matches(request.Path))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (CallerAuthenticator.RefuseUnlessPost(context) || authenticator.AuthenticateOrChallenge(context) is not { } caller)
        {
            return;
        }

        diagnostics.Set(EwsLogProperties.Mailbox, caller.SmtpAddress);
        outcome.Mailbox = caller.SmtpAddress;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals(TextXml, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return;
        }

        // The gate reads no more than its own limit and answers an excess with an EWS fault; the web server's limit
        // must neither cut in first nor stop the unread rest from being drained so the client receives that fault.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = null;
        }

        using var body = await BufferedBody.ReadAsync(
            request.Body, request.ContentLength, options.Value.MaxRequestBytes, context.RequestAborted);
        if (journal.Enabled)
        {
            KeepRequestText(body.Memory.Span, outcome);
        }

        var (envelope, fault) = Validate(body);
        if (envelope is not null)
        {
            diagnostics.Set(EwsLogProperties.Operation, envelope.Operation);
            outcome.Operation = envelope.Operation;
            fault = EnvelopeRules.Check(envelope, request.Headers[SoapActions.HeaderName], options.Value.ServerVersion.Version);
        }

        Mailbox? mailbox = null;
        if (fault is null && envelope!.Impersonation is { } target)
        {
            (mailbox, fault) = await impersonation.ResolveAsync(caller, target, context.RequestAborted);
        }

        if (fault is not null)
        {
            diagnostics.Set(EwsLogProperties.ResponseClass, ResponseClasses.Error);
            diagnostics.Set(EwsLogProperties.ResponseCode, fault.ResponseCode);
            outcome.ResponseCode = fault.ResponseCode;
            await EwsFaultWriter.WriteAsync(context.Response, fault);
            return;
        }

        mailbox ??= await mailboxes.GetOrCreateAsync(caller.SmtpAddress, context.RequestAborted);
        diagnostics.Set(EwsLogProperties.Mailbox, mailbox.SmtpAddress);
        outcome.Mailbox = mailbox.SmtpAddress;
        if (await chaos.InjectAsync(context, outcome, envelope!.Operation, mailbox.SmtpAddress))
        {
            return;
        }

        context.Features.Set(new EwsCall(mailbox, envelope!));
        request.Headers[SoapActions.HeaderName] = SoapActions.For(envelope!.Operation);
        request.Body = BodyEncoding.ToUtf8(body.Memory.Span) is { } transcoded ? new MemoryStream(transcoded, writable: false) : body.AsStream();
        await next(context);
    }

    /// <summary>The request as text in the encoding it declares, cut to the journal's length, credentials removed.</summary>
    private void KeepRequestText(ReadOnlySpan<byte> body, EwsOutcome outcome)
    {
        var kept = body[..Math.Min(body.Length, journal.MaxXmlChars)];
        outcome.RequestUtf8 = Encoding.UTF8.GetBytes(Redaction.Xml(BodyEncoding.Detect(kept).GetString(kept).TrimStart('\uFEFF')));
        outcome.RequestTruncated = kept.Length < body.Length;
    }

    /// <summary>Gives every property of the request's log line a value, so early refusals log cleanly too.</summary>
    private void StartLogLine()
    {
        diagnostics.Set(EwsLogProperties.Operation, EwsOutcome.Unknown);
        diagnostics.Set(EwsLogProperties.Mailbox, EwsOutcome.Unknown);
        diagnostics.Set(EwsLogProperties.ResponseClass, EwsOutcome.Unknown);
        diagnostics.Set(EwsLogProperties.ResponseCode, EwsOutcome.Unknown);
    }

    private (RequestEnvelope? Envelope, EwsFault? Fault) Validate(BufferedBody body)
    {
        if (body.Exceeded)
        {
            var (line, position) = TextPositions.At(body.Memory.Span, body.Length);
            return (null, EwsFault.SchemaValidation(new SchemaViolation(
                line, position, $"The request is larger than the {options.Value.MaxRequestBytes} bytes this server accepts.")));
        }

        var validation = validator.Validate(body.Memory);
        return validation.Violation is { } violation
            ? (null, EwsFault.SchemaValidation(violation))
            : (validation.Envelope, null);
    }
}
