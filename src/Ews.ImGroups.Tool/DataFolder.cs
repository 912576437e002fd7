using Ews.ImGroups.Host.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;

namespace Ews.ImGroups.Tool;

/// <summary>The folder of the tool's SQLite store.</summary>
public static class DataFolder
{
    /// <summary>The folder under the working directory that holds the store when neither <c>--data</c> nor the environment names one.</summary>
    public const string DefaultName = "ews-imgroups-data";

    public const string StoreFileName = "imgroups.db";

    /// <summary>The connection string of the store in <paramref name="folder"/>, taken from the working directory.</summary>
    public static string ConnectionString(string folder) =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(Path.GetFullPath(folder), StoreFileName) }.ToString();

    /// <summary>
    /// Keeps the store in <see cref="DefaultName"/> unless a connection string comes from somewhere other than the
    /// bundled <c>appsettings.json</c>, whose <c>data/imgroups.db</c> suits the server's own folder, not the folder a
    /// tool happens to be started in.
    /// </summary>
    public static void ApplyDefault(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        IConfigurationRoot configuration = builder.Configuration;
        var source = configuration.Providers.LastOrDefault(p => p.TryGet(StorageSetup.ConnectionStringKey, out _));
        if (source is null or JsonConfigurationProvider)
        {
            builder.Configuration.AddInMemoryCollection([new(StorageSetup.ConnectionStringKey, ConnectionString(DefaultName))]);
        }
    }
}
