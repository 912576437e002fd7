using DotNet.Testcontainers.Containers;
using Ews.ImGroups.Admin;
using Ews.ImGroups.Client;

namespace Ews.ImGroups.Testcontainers;

/// <summary>
/// The server running in a container: its addresses on the test host, its admin token, and signed-in UCS clients.
/// The addresses are known once the container has started.
/// </summary>
public sealed class EwsImGroupsContainer : DockerContainer
{
    /// <summary>The password <see cref="CreateClient"/> signs in with unless told otherwise; AutoProvision takes any.</summary>
    public const string DefaultPassword = "password";

    private readonly EwsImGroupsConfiguration configuration;

    // One connection pool for every client the container hands out; it ends with the container.
    private readonly HttpClient httpClient = new();

    /// <summary>Wraps a configuration made by <see cref="EwsImGroupsBuilder"/>.</summary>
    public EwsImGroupsContainer(EwsImGroupsConfiguration configuration)
        : base(configuration)
    {
        this.configuration = configuration;
    }

    /// <summary>The token the control API requires (from <see cref="EwsImGroupsBuilder.WithAdminToken"/>), or null when it is open.</summary>
    public string? AdminToken => configuration.AdminToken;

    /// <summary>
    /// The server's root on the test host, such as <c>http://127.0.0.1:49153/</c>, or a tenant's root under it
    /// (<c>t/{tenant}/</c>), a world of its own made on its first request; the control API is under <c>admin/api/</c>.
    /// </summary>
    public Uri GetBaseAddress(string? tenant = null)
    {
        var root = new UriBuilder(Uri.UriSchemeHttp, Hostname, GetMappedPublicPort(EwsImGroupsBuilder.HttpPort)).Uri;
        return tenant is null ? root : new Uri(root, $"t/{Uri.EscapeDataString(tenant)}/");
    }

    /// <summary>The EWS endpoint, <c>/EWS/Exchange.asmx</c>, of the server or of a tenant.</summary>
    public Uri GetEwsUrl(string? tenant = null) => new(GetBaseAddress(tenant), "EWS/Exchange.asmx");

    /// <summary>The POX Autodiscover endpoint, <c>/autodiscover/autodiscover.xml</c>, of the server or of a tenant.</summary>
    public Uri GetAutodiscoverUrl(string? tenant = null) => new(GetBaseAddress(tenant), "autodiscover/autodiscover.xml");

    /// <summary>
    /// A UCS client for the EWS endpoint of the server or of a tenant, signed in as <paramref name="mailbox"/> with Basic
    /// authentication.
    /// </summary>
    public EwsImClient CreateClient(string mailbox, string password = DefaultPassword, string? tenant = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mailbox);
        return new EwsImClient(httpClient, new EwsImClientOptions
        {
            Url = GetEwsUrl(tenant),
            AutodiscoverUrl = GetAutodiscoverUrl(tenant),
            Credentials = EwsCredentials.Basic(mailbox, password),
        });
    }

    /// <summary>A client for the control API of the server or of a tenant, carrying its admin token when one was set.</summary>
    public EwsImGroupsAdminClient GetAdminClient(string? tenant = null) =>
        new(httpClient, new EwsImGroupsAdminClientOptions { BaseAddress = GetBaseAddress(tenant), AdminToken = AdminToken });

    /// <inheritdoc />
    protected override async ValueTask DisposeAsyncCore()
    {
        httpClient.Dispose();
        await base.DisposeAsyncCore().ConfigureAwait(false);
    }
}
