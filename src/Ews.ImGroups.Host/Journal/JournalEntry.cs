using System.Text;
using System.Text.Json.Serialization;
using Ews.ImGroups.Storage.Tenants;

namespace Ews.ImGroups.Host.Journal;

/// <summary>
/// One SOAP exchange as the journal keeps it, with credentials already removed. The XML is held as UTF-8, half the
/// memory of .NET strings, and read as text when shown.
/// </summary>
/// <param name="Replica">The server process that served the exchange (<c>Ews:ReplicaName</c>).</param>
/// <param name="Mailbox">The mailbox worked on; null when the request was refused before one was known.</param>
/// <param name="Injected">What a chaos rule did to the exchange, if one matched.</param>
/// <param name="RequestHeaders">The HTTP headers that tell how the client called, credentials replaced.</param>
/// <param name="RequestUtf8">The request body as received; null when it was not read (e.g. refused credentials).</param>
/// <param name="Truncated">True when the request or response was longer than the journal keeps.</param>
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
    [property: JsonIgnore] byte[]? RequestUtf8,
    [property: JsonIgnore] byte[]? ResponseUtf8,
    bool Truncated)
{
    public string? RequestXml => RequestUtf8 is null ? null : Encoding.UTF8.GetString(RequestUtf8);

    public string? ResponseXml => ResponseUtf8 is null ? null : Encoding.UTF8.GetString(ResponseUtf8);

    /// <summary>The tenant whose world the exchange worked on; each tenant's journal shows its own entries only.</summary>
    [JsonIgnore]
    public string Tenant { get; init; } = TenantNames.Default;

    public JournalSummary Summary() =>
        new(Id, Time, Replica, Mailbox, Operation, ResponseClass, ResponseCode, Status, DurationMs, Injected);
}

/// <summary>A journal entry without its XML, as lists show it.</summary>
public sealed record JournalSummary(
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

/// <summary>Which entries to list; every condition given must hold.</summary>
public sealed record JournalFilter(string? Mailbox, string? Operation, string? ResponseCode, DateTimeOffset? Since, int Limit);
