namespace Ews.ImGroups.Testing.Journal;

/// <summary>One SOAP exchange the server journaled, without its XML.</summary>
/// <param name="Mailbox">The mailbox worked on; null when the request was refused before one was known.</param>
/// <param name="Injected">What a chaos rule did to the exchange, if one matched.</param>
public sealed record JournalRecord(
    long Id,
    DateTimeOffset Time,
    string? Mailbox,
    string Operation,
    string ResponseClass,
    string ResponseCode,
    int Status,
    string? Injected)
{
    public override string ToString() =>
        $"#{Id} {Operation} by {Mailbox ?? "(no mailbox)"}: {ResponseClass} {ResponseCode}, HTTP {Status}{(Injected is null ? "" : $", {Injected}")}";
}

/// <summary>One journaled exchange with its request and response XML (credentials removed).</summary>
public sealed record JournalRecordDetail(
    long Id,
    DateTimeOffset Time,
    string? Mailbox,
    string Operation,
    string ResponseCode,
    int Status,
    IReadOnlyDictionary<string, string> RequestHeaders,
    string? RequestXml,
    string? ResponseXml,
    bool Truncated);
