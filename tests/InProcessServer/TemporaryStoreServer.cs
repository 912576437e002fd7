using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Ews.ImGroups.TestSupport;

/// <summary>
/// The real server in process on a SQLite file of its own, in a temporary folder removed with the server; the settings
/// given win over the server's own. Test projects of the packages derive their fixtures from it.
/// </summary>
public abstract class TemporaryStoreServer : WebApplicationFactory<Program>
{
    private readonly string dataDirectory;
    private readonly Dictionary<string, string?> settings;

    protected TemporaryStoreServer(string folderPrefix, Dictionary<string, string?> settings)
    {
        dataDirectory = Directory.CreateTempSubdirectory(folderPrefix).FullName;
        this.settings = settings;
        settings["ConnectionStrings:ImGroups"] = ConnectionString;
    }

    protected IReadOnlyDictionary<string, string?> Settings => settings;

    private string ConnectionString => $"Data Source={Path.Combine(dataDirectory, "imgroups.db")}";

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
