using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Storage.Tests;

/// <summary>A SQLite file in a directory of its own, so tests can run in parallel; deleted on dispose.</summary>
public sealed class TempDatabase : IAsyncDisposable
{
    private readonly List<ServiceProvider> providers = [];

    public TempDatabase()
    {
        DirectoryPath = Path.Combine(Path.GetTempPath(), "ews-imgroups-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DirectoryPath);
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = FilePath }.ToString();
    }

    public string DirectoryPath { get; }

    public string FilePath => Path.Combine(DirectoryPath, "imgroups.db");

    public string ConnectionString { get; }

    /// <summary>The storage services as the host registers them, without touching the database.</summary>
    public ServiceProvider CreateServices(ImListLimits? limits = null)
    {
        var services = new ServiceCollection()
            .AddImGroupsStorage(ConnectionString)
            .AddSingleton(limits ?? ImListLimits.Default)
            .AddSingleton(TimeProvider.System)
            .AddSingleton<ImGroupService>()
            .AddSingleton<ImContactService>()
            .AddSingleton<ImListService>()
            .BuildServiceProvider();
        providers.Add(services);
        return services;
    }

    /// <summary>Services over a migrated (and optionally seeded) database, as after the host's startup.</summary>
    public async Task<ServiceProvider> StartAsync(SeedDocument? seed = null, ImListLimits? limits = null)
    {
        var services = CreateServices(limits);
        await services.GetRequiredService<StorageInitializer>().InitializeAsync(seed, CancellationToken.None);
        return services;
    }

    public static Task<ImGroupsDbContext> OpenAsync(IServiceProvider services) =>
        services.GetRequiredService<IDbContextFactory<ImGroupsDbContext>>().CreateDbContextAsync();

    /// <summary>Runs SQL on a connection of its own, outside EF Core.</summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public async Task<string> WriteFileAsync(string name, string content)
    {
        var path = Path.Combine(DirectoryPath, name);
        await File.WriteAllTextAsync(path, content);
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var services in providers)
        {
            await services.DisposeAsync();
        }

        // Pooled connections keep the file open. Only this database's pool is cleared: other tests run in parallel.
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        Directory.Delete(DirectoryPath, recursive: true);
    }
}
