using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Host.Tests.Infrastructure;

/// <summary>An in-process server on its own SQLite file, seeded with the sample seed unless told otherwise.</summary>
public sealed class EwsServer : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? services;
    private readonly string connectionString;

    public EwsServer(IDictionary<string, string?>? settings = null, string? dataDirectory = null, Action<IServiceCollection>? services = null)
    {
        DataDirectory = dataDirectory ?? Directory.CreateTempSubdirectory("ews-imgroups-").FullName;
        OwnsDataDirectory = dataDirectory is null;
        connectionString = $"Data Source={Path.Combine(DataDirectory, "imgroups.db")}";
        this.settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["ConnectionStrings:ImGroups"] = connectionString,
        };
        this.services = services;
    }

    public string DataDirectory { get; }

    private bool OwnsDataDirectory { get; }

    public EwsClient CreateEwsClient(string user = Users.Alice) => new(CreateClient(), user);

    /// <summary>For the <c>services</c> argument: the server's clock stands still at <paramref name="now"/>.</summary>
    public static Action<IServiceCollection> ClockAt(DateTimeOffset now) => s => s.AddSingleton<TimeProvider>(new FixedClock(now));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (services is not null)
        {
            builder.ConfigureServices(services);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
        {
            return;
        }

        // Pooled connections keep the file open; only this server's pool is cleared, as other tests run beside it.
        using (var connection = new SqliteConnection(connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        if (OwnsDataDirectory && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
