namespace Ews.ImGroups.Host.Configuration;

/// <summary>
/// The <c>Ews:Limits</c> section: how many connections the web server holds at once and how long it waits for an idle
/// or a slow client, so a flood of connections is refused instead of exhausting the process's files.
/// </summary>
public sealed class LimitsOptions
{
    public const string SectionName = EwsOptions.SectionName + ":Limits";

    /// <summary>Connections held at once; never more than the process's open-file limit less a reserve of 512.</summary>
    public int MaxConnections { get; set; } = 1000;

    /// <summary>
    /// Connections switched to another protocol (WebSockets), counted apart from <see cref="MaxConnections"/>; this
    /// server offers none, so they only get what is left of the file budget.
    /// </summary>
    public int MaxUpgradedConnections { get; set; } = 100;

    /// <summary>How long a kept-alive connection may sit idle between requests.</summary>
    public int KeepAliveSeconds { get; set; } = 130;

    /// <summary>How long a client may take to send a request's headers.</summary>
    public int RequestHeadersTimeoutSeconds { get; set; } = 30;
}
