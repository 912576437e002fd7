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

    /// <summary>The server's root on the test host, such as <c>http://127.0.0.1:49153/</c>; the control API is under <c>admin/api/</c>.</summary>
    public Uri GetBaseAddress() =>
        new UriBuilder(Uri.UriSchemeHttp, Hostname, GetMappedPublicPort(EwsImGroupsBuilder.HttpPort)).Uri;

    /// <summary>The EWS endpoint, <c>/EWS/Exchange.asmx</c>.</summary>
    public Uri GetEwsUrl() => new(GetBaseAddress(), "EWS/Exchange.asmx");

    /// <summary>The POX Autodiscover endpoint, <c>/autodiscover/autodiscover.xml</c>.</summary>
    public Uri GetAutodiscoverUrl() => new(GetBaseAddress(), "autodiscover/autodiscover.xml");

    /// <summary>A UCS client for the container's EWS endpoint, signed in as <paramref name="mailbox"/> with Basic authentication.</summary>
    public EwsImClient CreateClient(string mailbox, string password = DefaultPassword)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mailbox);
        return new EwsImClient(httpClient, new EwsImClientOptions
        {
            Url = GetEwsUrl(),
            AutodiscoverUrl = GetAutodiscoverUrl(),
            Credentials = EwsCredentials.Basic(mailbox, password),
        });
    }

    /// <summary>A client for the container's control API, carrying its admin token when one was set.</summary>
    public EwsImGroupsAdminClient GetAdminClient() =>
        new(httpClient, new EwsImGroupsAdminClientOptions { BaseAddress = GetBaseAddress(), AdminToken = AdminToken });

    /// <inheritdoc />
    protected override async ValueTask DisposeAsyncCore()
    {
        httpClient.Dispose();
        await base.DisposeAsyncCore().ConfigureAwait(false);
    }
}
