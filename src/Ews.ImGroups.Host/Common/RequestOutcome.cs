using Ews.ImGroups.Domain.Mailboxes;

namespace Ews.ImGroups.Host.Common;

/// <summary>
/// What became of one request, one instance per request. The gate, the chaos rules, the operation and Autodiscover
/// fill it in as the request passes them; the log line, the metrics and the journal read it once the answer is sent,
/// so all three always tell the same story.
/// </summary>
public sealed class RequestOutcome
{
    public const string Unknown = "-";

    /// <summary>True for the protocol exchanges (EWS and Autodiscover), which the request log writes at Information.</summary>
    public bool IsExchange { get; private set; }

    public string Operation { get; private set; } = Unknown;

    /// <summary>Who sent the request, once their credentials are accepted.</summary>
    public Caller? Caller { get; private set; }

    /// <summary>The mailbox the request works on, once the gate has resolved it.</summary>
    public Mailbox? Mailbox { get; private set; }

    /// <summary>The address the log line and the journal name: the target mailbox, else the caller's.</summary>
    public string? MailboxAddress => Mailbox?.SmtpAddress ?? Caller?.SmtpAddress;

    public string ResponseClass { get; private set; } = Unknown;

    public string ResponseCode { get; private set; } = Unknown;

    /// <summary>The HTTP status the client received; 0 when a chaos rule dropped the connection instead.</summary>
    public int Status { get; private set; }

    /// <summary>What chaos rules did to the request, if any matched.</summary>
    public string? ChaosEffect { get; set; }

    /// <summary>True when a chaos rule closed the connection instead of answering.</summary>
    public bool Dropped { get; set; }

    /// <summary>True when the client went away before its answer was written; the request is then recorded with 499.</summary>
    public bool ClientLeft { get; private set; }

    /// <summary>The request as the journal shows it, once the gate has read it.</summary>
    public byte[]? RequestUtf8 { get; private set; }

    /// <summary>True when <see cref="RequestUtf8"/> was cut to the journal's length.</summary>
    public bool RequestTruncated { get; private set; }

    /// <summary>Cancelled when the client goes away; the operation passes it on to the store.</summary>
    public CancellationToken RequestAborted { get; private set; }

    public void Begin(CancellationToken requestAborted)
    {
        IsExchange = true;
        RequestAborted = requestAborted;
    }

    public void Named(string operation) => Operation = operation;

    public void SignedIn(Caller caller) => Caller = caller;

    public void Resolved(Mailbox mailbox) => Mailbox = mailbox;

    public void Answered(string responseClass, string responseCode)
    {
        ResponseClass = responseClass;
        ResponseCode = responseCode;
    }

    /// <summary>An error answer: a fault, or an operation's response message in error.</summary>
    public void Failed(string responseCode) => Answered(ResponseClasses.Error, responseCode);

    public void KeepRequest(byte[] utf8, bool truncated)
    {
        RequestUtf8 = utf8;
        RequestTruncated = truncated;
    }

    public void LeftByClient() => ClientLeft = true;

    public void Completed(int status) => Status = Dropped ? 0 : ClientLeft ? StatusCodes.Status499ClientClosedRequest : status;
}
