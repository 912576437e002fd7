using Ews.ImGroups.Domain.Ids;
using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
#if POSTGRESQL
using Ews.ImGroups.Storage.PostgreSql;
using Ews.ImGroups.Storage.PostgreSql.Tests;
using Npgsql;
#else
using Microsoft.Data.Sqlite;
#endif

namespace Ews.ImGroups.Storage.Tests;

/// <summary>
/// A database of its own, so tests can run in parallel: a SQLite file in a directory of its own, or, where the tests
/// are built for PostgreSQL, a new database on the test cluster (the directory then holds only the files tests write).
/// Deleted on dispose.
/// </summary>
public sealed class TempDatabase : IAsyncDisposable
{
    private readonly List<ServiceProvider> providers = [];

    public TempDatabase()
    {
        DirectoryPath = Path.Combine(Path.GetTempPath(), "ews-imgroups-tests", Guid.NewGuid().ToString("N"));
#if POSTGRESQL
        ConnectionString = TestDatabases.Create();
#else
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = FilePath }.ToString();
#endif
        Directory.CreateDirectory(DirectoryPath);
    }

    public string DirectoryPath { get; }

#if !POSTGRESQL
    public string FilePath => Path.Combine(DirectoryPath, "imgroups.db");
#endif

    public string ConnectionString { get; }

    /// <summary>
    /// The storage services as the host registers them, without touching the database; <paramref name="configure"/>
    /// adds to them or replaces some.
    /// </summary>
    public ServiceProvider CreateServices(ImListLimits? limits = null, Action<IServiceCollection>? configure = null)
    {
        var collection = new ServiceCollection()
#if POSTGRESQL
            .AddImGroupsPostgreSqlStorage(ConnectionString)
#else
            .AddImGroupsStorage(ConnectionString)
#endif
            .AddSingleton(limits ?? ImListLimits.Default)
            .AddSingleton(TimeProvider.System)
            // Handed a codec as the host hands them its tenant's, here the default tenant's (the store's own); it stays the
            // key provider's, unregistered, so the container never disposes it.
            .AddSingleton(sp => new ImGroupService(sp.GetRequiredService<IImListStore>(), sp.GetRequiredService<ImListLimits>(), Codec(sp)))
            .AddSingleton(sp => new ImContactService(
                sp.GetRequiredService<IImListStore>(), sp.GetRequiredService<ImListLimits>(), Codec(sp), sp.GetRequiredService<TimeProvider>()))
            .AddSingleton(sp => new ImListService(sp.GetRequiredService<IImListStore>(), Codec(sp)));
        configure?.Invoke(collection);
        var services = collection.BuildServiceProvider();
        providers.Add(services);
        return services;
    }

    /// <summary>Services over a migrated (and optionally seeded) database, as after the host's startup.</summary>
    public async Task<ServiceProvider> StartAsync(SeedDocument? seed = null, ImListLimits? limits = null, Action<IServiceCollection>? configure = null)
    {
        var services = CreateServices(limits, configure);
        await services.GetRequiredService<StorageInitializer>().InitializeAsync(seed, CancellationToken.None);
        return services;
    }

    private static ItemIdCodec Codec(IServiceProvider services) => services.GetRequiredService<IdKeyProvider>().Codec;

    public static Task<ImGroupsDbContext> OpenAsync(IServiceProvider services) =>
        services.GetRequiredService<IDbContextFactory<ImGroupsDbContext>>().CreateDbContextAsync();

    /// <summary>Runs SQL on a connection of its own, outside EF Core.</summary>
    public async Task<object?> ScalarAsync(string sql)
    {
#if POSTGRESQL
        await using var connection = new NpgsqlConnection(ConnectionString);
#else
        await using var connection = new SqliteConnection(ConnectionString);
#endif
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    /// <summary>Whether the store has never been written: no file, or no table.</summary>
#if POSTGRESQL
    public async Task<bool> IsUntouchedAsync() =>
        await ScalarAsync("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'") is 0L;
#else
    public Task<bool> IsUntouchedAsync() => Task.FromResult(!File.Exists(FilePath));
#endif

    public async Task<bool> HasTableAsync(string table) =>
#if POSTGRESQL
        await ScalarAsync($"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name = '{table}'") is 1L;
#else
        await ScalarAsync($"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'") is 1L;
#endif

    /// <summary>Asserts that a failed save broke a unique index, as the engine reports it.</summary>
    public static void ShouldBreakUniqueIndex(Exception? inner)
    {
#if POSTGRESQL
        inner.Should().BeOfType<PostgresException>().Which.SqlState.Should().Be(PostgresErrorCodes.UniqueViolation);
#else
        inner.Should().BeOfType<SqliteException>().Which.SqliteExtendedErrorCode.Should().Be(SqliteConstraintUnique);
#endif
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

#if !POSTGRESQL
        // Pooled connections keep the file open. Only this database's pool is cleared: other tests run in parallel.
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }
#endif

        Directory.Delete(DirectoryPath, recursive: true);
    }

#if !POSTGRESQL
    private const int SqliteConstraintUnique = 2067;
#endif
}
