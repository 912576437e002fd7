namespace Ews.ImGroups.Client;

/// <summary>
/// The Outlook provider's answer to a POX Autodiscover request. <see cref="EwsUrl"/> is the external (<c>EXPR</c>)
/// protocol's EWS URL, else the internal (<c>EXCH</c>) one's; a redirect leaves it empty and sets
/// <see cref="Action"/> with <see cref="RedirectAddress"/> or <see cref="RedirectUrl"/>.
/// </summary>
public sealed record AutodiscoverSettings(
    string? DisplayName,
    string? LegacyDN,
    string? AutoDiscoverSmtpAddress,
    string? DeploymentId,
    string? Action,
    IReadOnlyList<AutodiscoverProtocol> Protocols,
    string? RedirectAddress,
    Uri? RedirectUrl)
{
    public Uri? EwsUrl => Protocol("EXPR")?.EwsUrl ?? Protocol("EXCH")?.EwsUrl;

    public Uri? InternalEwsUrl => Protocol("EXCH")?.EwsUrl;

    public AutodiscoverProtocol? Protocol(string type)
    {
        foreach (var protocol in Protocols)
        {
            if (string.Equals(protocol.Type, type, StringComparison.OrdinalIgnoreCase))
            {
                return protocol;
            }
        }

        return null;
    }
}

/// <summary>One <c>Protocol</c> of the answer: its type and where its web services are.</summary>
public sealed record AutodiscoverProtocol(string Type, Uri? AsUrl, Uri? EwsUrl);
