using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Ews.ImGroups.Client.Tests.Infrastructure;

/// <summary>
/// The real server in process on its own SQLite file, with the sample seed; one per test class, reset before each
/// test through the control API.
/// </summary>
public class ClientServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("ews-imgroups-client-").FullName;
    private readonly Dictionary<string, string?> settings;

    public ClientServer()
        : this(new Dictionary<string, string?>())
    {
    }

    protected ClientServer(Dictionary<string, string?> settings)
    {
        this.settings = settings;
        settings["ConnectionStrings:ImGroups"] = ConnectionString;
    }

    public Uri EwsUrl => new(ClientOptions.BaseAddress, "/EWS/Exchange.asmx");

    private string ConnectionString => $"Data Source={Path.Combine(dataDirectory, "imgroups.db")}";

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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // xunit disposes a fixture both as IAsyncLifetime and as IDisposable.
        if (disposing && Directory.Exists(dataDirectory))
        {
            using (var connection = new SqliteConnection(ConnectionString))
            {
                SqliteConnection.ClearPool(connection);
            }

            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
