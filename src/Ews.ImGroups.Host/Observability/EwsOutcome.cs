namespace Ews.ImGroups.Host.Observability;

/// <summary>
/// What became of one EWS request, filled in as it passes the gate and the service, for the metrics and the journal.
/// </summary>
public sealed class EwsOutcome
{
    public const string Unknown = "-";

    public string Operation { get; set; } = Unknown;

    public string ResponseCode { get; set; } = Unknown;

    /// <summary>The mailbox the request worked on, once the gate knows it.</summary>
    public string? Mailbox { get; set; }

    /// <summary>The request as the journal shows it, once the gate has read it.</summary>
    public byte[]? RequestUtf8 { get; set; }

    /// <summary>True when the request's text in <see cref="RequestUtf8"/> was cut to the journal's length.</summary>
    public bool RequestTruncated { get; set; }

    /// <summary>True when a chaos rule closed the connection instead of answering.</summary>
    public bool Dropped { get; set; }

    /// <summary>What a chaos rule did to the request, if one matched.</summary>
    public string? Injected { get; set; }
}
