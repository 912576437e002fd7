using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Mailboxes;
using Ews.ImGroups.Domain.People;
using Ews.ImGroups.Domain.Photos;
using Ews.ImGroups.Storage.Tenants;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Storage;

public static class StorageRegistration
{
    /// <summary>
    /// Registers the pooled context factory and the store ports for a SQLite connection string. Writes are refused, and
    /// the store is not ready, while the file's volume has less than <paramref name="minimumFreeBytes"/> free (0: never);
    /// a <see cref="StoreVolume"/> registered beside replaces the operating system's measure.
    /// </summary>
    public static IServiceCollection AddImGroupsStorage(this IServiceCollection services, string connectionString, long minimumFreeBytes = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minimumFreeBytes);
        var file = WithDataDirectory(connectionString);
        services.AddPooledDbContextFactory<ImGroupsDbContext>(options => options
            .UseSqlite(file, sqlite => sqlite.MigrationsAssembly(typeof(ImGroupsDbContext).Assembly.FullName))
            .AddInterceptors(new SqlitePragmas())
            // Comparing the model with the migrations took a tenth of every start; a test makes that check instead.
            .ConfigureWarnings(StoreWarnings.Configure));
        services.AddSingleton<StoreEngine>(sp => new SqliteStoreEngine(file, minimumFreeBytes, sp.GetService<StoreVolume>()));
        services.AddSingleton<WriteBatchSizes>();
        services.AddSingleton<SqliteImListStore>();
        services.AddSingleton<IImListStore>(sp => sp.GetRequiredService<SqliteImListStore>());
        services.AddSingleton<EfMailboxDirectory>();
        services.AddSingleton<IMailboxDirectory>(sp => sp.GetRequiredService<EfMailboxDirectory>());
        return services.AddSharedStoreServices();
    }

    /// <summary>
    /// The services every provider offers alike, over the provider's context factory, <see cref="StoreEngine"/> and
    /// <see cref="IMailboxDirectory"/>; users' photos among them.
    /// </summary>
    internal static IServiceCollection AddSharedStoreServices(this IServiceCollection services)
    {
        services.AddSingleton(sp => new WriteGate(sp.GetRequiredService<StoreEngine>()));
        services.AddSingleton(sp => new StoreAdministration(
            sp.GetRequiredService<IDbContextFactory<ImGroupsDbContext>>(),
            sp.GetRequiredService<WriteGate>(),
            sp.GetRequiredService<StoreEngine>(),
            sp.GetRequiredService<IMailboxDirectory>()));
        services.AddSingleton(sp => new StorageInitializer(
            sp.GetRequiredService<IDbContextFactory<ImGroupsDbContext>>(),
            sp.GetRequiredService<WriteGate>(),
            sp.GetRequiredService<IdKeyProvider>(),
            sp.GetRequiredService<StoreEngine>()));
        services.AddSingleton<IdKeyProvider>();
        services.AddSingleton(sp => new TenantIdKeys(
            sp.GetRequiredService<IDbContextFactory<ImGroupsDbContext>>(),
            sp.GetRequiredService<WriteGate>(),
            sp.GetRequiredService<StoreEngine>(),
            sp.GetRequiredService<IdKeyProvider>(),
            sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddSingleton<IUserPhotos>(sp => new EfUserPhotos(
            sp.GetRequiredService<IDbContextFactory<ImGroupsDbContext>>(),
            sp.GetRequiredService<WriteGate>(),
            sp.GetRequiredService<StoreEngine>(),
            sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddSingleton<IPeopleStore, EfPeopleStore>();
        return services;
    }

    /// <summary>Creates the folder of a file database so a fresh checkout or an empty volume just works.</summary>
    private static string WithDataDirectory(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return builder.ConnectionString;
    }
}
