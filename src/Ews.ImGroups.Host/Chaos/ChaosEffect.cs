namespace Ews.ImGroups.Host.Chaos;

/// <summary>What a chaos rule does to a request it matches.</summary>
public enum ChaosEffect
{
    /// <summary>Waits, then lets the request run as usual.</summary>
    Latency,

    /// <summary>Exchange's throttling fault: <c>ErrorServerBusy</c>, HTTP 500, with <c>BackOffMilliseconds</c>.</summary>
    ServerBusy,

    /// <summary>The operation's own response message with an error code, HTTP 200.</summary>
    ErrorResponse,

    /// <summary>A SOAP fault with a response code, HTTP 500.</summary>
    SoapFault,

    /// <summary>A bare HTTP status, with or without a body, as a proxy or a failing IIS would send.</summary>
    HttpStatus,

    /// <summary>Closes the connection without answering.</summary>
    DropConnection,
}
