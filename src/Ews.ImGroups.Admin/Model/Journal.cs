namespace Ews.ImGroups.Admin;

/// <summary>Which journal entries to list; every condition given must hold, and null ones are not sent.</summary>
/// <param name="Mailbox">The mailbox worked on.</param>
/// <param name="Operation">The EWS operation, such as <c>AddImGroup</c>.</param>
/// <param name="ResponseCode">The response code answered, such as <c>NoError</c> or <c>ErrorServerBusy</c>.</param>
/// <param name="Since">Only entries at or after this time.</param>
/// <param name="Limit">The most entries to return (the server's default is 100).</param>
public sealed record JournalQuery(
    string? Mailbox = null, string? Operation = null, string? ResponseCode = null, DateTimeOffset? Since = null, int? Limit = null);

/// <summary>The entries matching a query, newest first, and how many the journal holds in all.</summary>
public sealed record JournalPage(int Count, IReadOnlyList<JournalEntrySummary> Entries);

/// <summary>One SOAP exchange without its XML.</summary>
/// <param name="Replica">The server process that served it.</param>
/// <param name="Mailbox">The mailbox worked on; null when the request was refused before one was known.</param>
/// <param name="Status">The HTTP status answered; 0 for a connection chaos dropped.</param>
/// <param name="Injected">What a chaos rule did to the exchange, if one matched.</param>
public sealed record JournalEntrySummary(
    long Id,
    DateTimeOffset Time,
    string Replica,
    string? Mailbox,
    string Operation,
    string ResponseClass,
    string ResponseCode,
    int Status,
    double DurationMs,
    string? Injected);

/// <summary>One SOAP exchange with its request headers (credentials removed) and its XML.</summary>
/// <param name="RequestXml">The request as received; null when it was not read (refused credentials).</param>
/// <param name="Truncated">Whether the request or response was longer than the journal keeps.</param>
public sealed record JournalEntry(
    long Id,
    DateTimeOffset Time,
    string Replica,
    string? Mailbox,
    string Operation,
    string ResponseClass,
    string ResponseCode,
    int Status,
    double DurationMs,
    string? Injected,
    IReadOnlyDictionary<string, string> RequestHeaders,
    bool Truncated,
    string? RequestXml,
    string? ResponseXml);
