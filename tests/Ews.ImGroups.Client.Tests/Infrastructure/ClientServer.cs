using System.Net.Http.Json;

namespace Ews.ImGroups.Client.Tests.Infrastructure;

/// <summary>
/// The real server in process on its own SQLite file, with the sample seed; one per test class, reset before each
/// test through the control API.
/// </summary>
public class ClientServer : TemporaryStoreServer, IAsyncLifetime
{
    public ClientServer()
        : this(new Dictionary<string, string?>())
    {
    }

    protected ClientServer(Dictionary<string, string?> settings)
        : base("ews-imgroups-client-", settings)
    {
    }

    public Uri EwsUrl => new(ClientOptions.BaseAddress, "/EWS/Exchange.asmx");

    /// <summary>A client of the server signed in with Basic credentials (any password does in AutoProvision mode).</summary>
    public EwsImClient ClientFor(string user, Func<EwsImClientOptions, EwsImClientOptions>? configure = null)
    {
        var options = new EwsImClientOptions { Url = EwsUrl, Credentials = EwsCredentials.Basic(user, "secret") };
        return new EwsImClient(CreateClient(), configure?.Invoke(options) ?? options);
    }

    public async Task ResetAsync()
    {
        using var http = CreateClient();
        (await http.PostAsync(new Uri("/admin/api/reset", UriKind.Relative), null)).EnsureSuccessStatusCode();
        (await http.DeleteAsync(new Uri("/admin/api/chaos", UriKind.Relative))).EnsureSuccessStatusCode();
    }

    /// <summary>Adds a chaos rule through the control API.</summary>
    public async Task AddChaosAsync(object rule)
    {
        using var http = CreateClient();
        (await http.PostAsJsonAsync(new Uri("/admin/api/chaos", UriKind.Relative), rule)).EnsureSuccessStatusCode();
    }

    public Task InitializeAsync() => ResetAsync();

    Task IAsyncLifetime.DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }
}
