using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
#if POSTGRESQL
using Ews.ImGroups.TestSupport.PostgreSql;
#endif

namespace Ews.ImGroups.Host.Tests.Infrastructure;

/// <summary>
/// An in-process server on its own SQLite file, seeded with the sample seed unless told otherwise. Compiled with
/// POSTGRESQL, on a PostgreSQL database of its own instead, one per data directory, so a server started again on the
/// same directory finds the same data.
/// </summary>
public sealed class EwsServer : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? services;
    private readonly string connectionString;

    public EwsServer(IDictionary<string, string?>? settings = null, string? dataDirectory = null, Action<IServiceCollection>? services = null)
    {
        DataDirectory = dataDirectory ?? Directory.CreateTempSubdirectory("ews-imgroups-").FullName;
        OwnsDataDirectory = dataDirectory is null;
#if POSTGRESQL
        connectionString = Databases.GetOrAdd(DataDirectory, _ => PostgresCluster.SharedAsync().GetAwaiter().GetResult().CreateDatabaseAsync().GetAwaiter().GetResult());
        this.settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["ConnectionStrings:ImGroups"] = connectionString,
            ["Ews:Store:Provider"] = "PostgreSql",
        };
#else
        connectionString = $"Data Source={Path.Combine(DataDirectory, "imgroups.db")}";
        this.settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["ConnectionStrings:ImGroups"] = connectionString,
        };
#endif
        this.services = services;
    }

    public string DataDirectory { get; }

#if POSTGRESQL
    /// <summary>The database of each data directory in use.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Databases = new(StringComparer.Ordinal);
#endif

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

#if POSTGRESQL
        if (OwnsDataDirectory && Databases.TryRemove(DataDirectory, out _))
        {
            PostgresCluster.SharedAsync().GetAwaiter().GetResult().DropDatabaseAsync(connectionString).GetAwaiter().GetResult();
        }
#else
        // Pooled connections keep the file open; only this server's pool is cleared, as other tests run beside it.
        using (var connection = new SqliteConnection(connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }
#endif

        if (OwnsDataDirectory && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
