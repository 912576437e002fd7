namespace Ews.ImGroups.Host;

/// <summary>
/// What a host of the server adds to the settings it reads anyway (<c>appsettings.json</c> beside the binaries, then
/// environment variables): command-line settings, settings of its own, and a look at the builder before the server's
/// services are added.
/// </summary>
public sealed class EwsImGroupsApplicationOptions
{
    /// <summary>Command-line arguments, read as settings (<c>--Ews:MaxGroupsPerMailbox=100</c>), as the server's own program reads them.</summary>
    public IReadOnlyList<string> Args { get; init; } = [];

    /// <summary>
    /// Settings by configuration key (<c>Ews:Admin:Token</c>, <c>ConnectionStrings:ImGroups</c>) that win over every
    /// other source, arguments included.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>
    /// Runs once the configuration is complete and before the server adds its services: it may read and add settings,
    /// and services it adds replace the ones the server would otherwise add as defaults (such as its clock).
    /// </summary>
    public Action<WebApplicationBuilder>? Configure { get; init; }
}
