using System.Text;
using Ews.ImGroups.Domain.Mailboxes;
using Ews.ImGroups.Host.Chaos;
using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Host.Configuration;
using Ews.ImGroups.Host.Identity;
using Ews.ImGroups.Host.Journal;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Ews.ImGroups.Host.Soap.Gate;

/// <summary>
/// Everything Exchange checks before running an operation: method, credentials, content type, size, schema, SOAP
/// headers and the target mailbox. Only requests that pass reach SoapCore, with their body buffered and their
/// SOAPAction set from the body so dispatch never depends on what the client sent. The gate is also where chaos rules
/// step in. What it learns (caller, operation, mailbox, refusal) goes into the request's outcome.
/// </summary>
public sealed class EwsGateMiddleware(
    RequestDelegate next,
    EnvelopeValidator validator,
    CallerSignIn signIn,
    ImpersonationResolver impersonation,
    FirstUseMailboxes mailboxes,
    RequestJournal journal,
    ChaosInjector chaos,
    IOptions<EwsOptions> options)
{
    private const string TextXml = "text/xml";

    public async Task InvokeAsync(HttpContext context, RequestOutcome outcome)
    {
        var request = context.Request;
        if (!EwsEndpoint.Matches(request.Path))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (PostOnly.RefuseUnlessPost(context) || await signIn.SignInOrChallengeAsync(context) is not { } caller)
        {
            return;
        }

        outcome.SignedIn(caller);
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals(TextXml, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return;
        }

        // The gate reads no more than its own limit and answers an excess with an EWS fault, then closes the connection;
        // the web server's own limit must not cut in first with a bare 413.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = null;
        }

        using var body = await BufferedBody.ReadAsync(request.Body, request.ContentLength, options.Value.MaxRequestBytes);
        if (journal.Enabled)
        {
            KeepRequestText(body.Memory.Span, outcome);
        }

        var (envelope, fault) = Validate(body);
        if (envelope is not null)
        {
            outcome.Named(envelope.Operation);
            fault = EnvelopeRules.Check(envelope, request.Headers[SoapActions.HeaderName], options.Value.ServerVersion.Version);
        }

        Mailbox? mailbox = null;
        if (fault is null && envelope!.Impersonation is { } target)
        {
            (mailbox, fault) = await impersonation.ResolveAsync(caller, target, context.RequestAborted);
        }

        if (fault is not null)
        {
            outcome.Failed(fault.ResponseCode);
            body.AnnounceCloseIfExceeded(context.Response);
            await EwsFaultWriter.WriteAsync(context.Response, fault);
            await body.CloseConnectionIfExceededAsync(context);
            return;
        }

        mailbox ??= await mailboxes.GetOrCreateAsync(caller.SmtpAddress, context.RequestAborted);
        if (mailbox is null)
        {
            // A new caller once AutoProvision's limit is reached is refused as Strict mode refuses an unknown user.
            await signIn.ChallengeAsync(context);
            return;
        }

        outcome.Resolved(mailbox);
        if (await chaos.InjectAsync(context, outcome))
        {
            return;
        }

        request.Headers[SoapActions.HeaderName] = SoapActions.For(envelope!.Operation);
        request.Body = BodyEncoding.ToUtf8(body.Memory.Span) is { } transcoded ? new MemoryStream(transcoded, writable: false) : body.AsStream();
        await next(context);
    }

    /// <summary>The request as text in the encoding it declares, cut to the journal's length, credentials removed.</summary>
    private void KeepRequestText(ReadOnlySpan<byte> body, RequestOutcome outcome)
    {
        var kept = body[..Math.Min(body.Length, journal.MaxXmlChars)];
        outcome.KeepRequest(
            Encoding.UTF8.GetBytes(Redaction.Xml(BodyEncoding.Detect(kept).GetString(kept).TrimStart('\uFEFF'))),
            kept.Length < body.Length);
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
