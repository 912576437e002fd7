namespace Ews.ImGroups.Admin;

/// <summary>What the server is and holds: <c>GET /admin/api/server</c>.</summary>
/// <param name="Version">The server's own version.</param>
/// <param name="ExchangeVersion">The Exchange version it emulates, such as <c>Exchange2013</c>.</param>
/// <param name="ExchangeBuild">The build it reports in <c>ServerVersionInfo</c>, such as <c>15.0.349.0</c>.</param>
/// <param name="Authentication">The authentication mode: <c>AutoProvision</c> or <c>Strict</c>.</param>
/// <param name="ControlApiProtected">Whether the control API asks for the admin token.</param>
/// <param name="EwsUrl">The EWS endpoint as the request reached the server.</param>
public sealed record ServerInfo(
    string Version,
    string ExchangeVersion,
    string ExchangeBuild,
    string Authentication,
    bool ControlApiProtected,
    string EwsUrl,
    ServerCounts Counts,
    JournalLimits Journal);

public sealed record ServerCounts(int Mailboxes, int Groups, int Contacts, int DistributionGroups, int JournalEntries, int ChaosRules);

/// <summary>How much the journal keeps: entries, their age, and characters of each request and response.</summary>
public sealed record JournalLimits(int MaxEntries, TimeSpan MaxAge, int MaxXmlChars);
