namespace Ews.ImGroups.Admin;

/// <summary>What a chaos rule does to a request it matches.</summary>
public enum ChaosEffect
{
    /// <summary>Waits, then answers as usual.</summary>
    Latency,

    /// <summary>Exchange's throttling fault: <c>ErrorServerBusy</c>, HTTP 500, with <c>BackOffMilliseconds</c>.</summary>
    ServerBusy,

    /// <summary>The operation's own response message with an error code, HTTP 200.</summary>
    ErrorResponse,

    /// <summary>A SOAP fault with a response code, HTTP 500.</summary>
    SoapFault,

    /// <summary>A bare HTTP status, with or without a body.</summary>
    HttpStatus,

    /// <summary>Closes the connection without answering.</summary>
    DropConnection,
}

/// <summary>
/// A chaos rule: which requests it matches and what it does to them. Fields left null are not sent, so the server's
/// defaults apply (probability 1, status 503, with a body, no delay).
/// </summary>
/// <param name="Operation">The operation matched (case ignored); null matches every one.</param>
/// <param name="Mailbox">The mailbox matched (case ignored); null matches every one.</param>
/// <param name="Probability">The chance, 0 to 1, that a matching request is affected.</param>
/// <param name="Times">How many requests the rule affects before it removes itself; null for no end.</param>
/// <param name="DelayMilliseconds">Latency: the delay, or the shortest one of a random range.</param>
/// <param name="MaxDelayMilliseconds">Latency: the longest delay of a random range.</param>
/// <param name="BackOffMilliseconds">ServerBusy, and optionally ErrorResponse: the wait the client is asked for.</param>
/// <param name="ResponseCode">ErrorResponse and SoapFault: the <c>Error…</c> code sent.</param>
/// <param name="Message">ErrorResponse, SoapFault and HttpStatus: the text sent instead of the default.</param>
/// <param name="StatusCode">HttpStatus: the status sent (400–599).</param>
/// <param name="WithBody">HttpStatus: whether a short text body comes with the status.</param>
public sealed record ChaosRule(
    ChaosEffect Effect,
    string? Operation = null,
    string? Mailbox = null,
    double? Probability = null,
    int? Times = null,
    int? DelayMilliseconds = null,
    int? MaxDelayMilliseconds = null,
    int? BackOffMilliseconds = null,
    string? ResponseCode = null,
    string? Message = null,
    int? StatusCode = null,
    bool? WithBody = null);

/// <summary>A rule in force: its id, the uses it has left (null for no end), how often it fired, and the rule.</summary>
public sealed record ChaosRuleState(int Id, int? Remaining, long Hits, ChaosRule Rule);
