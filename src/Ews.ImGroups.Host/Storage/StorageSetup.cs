using Ews.ImGroups.Host.Storage.Replicas;
using Ews.ImGroups.Storage;
using Ews.ImGroups.Storage.PostgreSql;

namespace Ews.ImGroups.Host.Storage;

/// <summary>
/// The storage area: the store on the configured provider, migrated and seeded before the server listens, and its
/// readiness.
/// </summary>
public static class StorageSetup
{
    public const string ConnectionStringName = "ImGroups";

    /// <summary>The connection string's configuration key, <c>ConnectionStrings:ImGroups</c>.</summary>
    public const string ConnectionStringKey = "ConnectionStrings:" + ConnectionStringName;
    public const string DefaultConnectionString = "Data Source=data/imgroups.db";

    public static IHostApplicationBuilder AddStore(this IHostApplicationBuilder builder)
    {
        // The provider decides which services exist, so it is read here, once, rather than through IOptions.
        var store = builder.Configuration.GetSection(StoreOptions.SectionName).Get<StoreOptions>() ?? new StoreOptions();
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        var shared = store.Provider == StoreProvider.PostgreSql;
        if (shared)
        {
            builder.Services.AddImGroupsPostgreSqlStorage(connectionString
                ?? throw new InvalidOperationException($"Ews:Store:Provider is PostgreSql, so ConnectionStrings:{ConnectionStringName} must name the database."));
            builder.Services.AddSharedState();
        }
        else
        {
            if (store.MinimumFreeBytes < 0)
            {
                throw new InvalidOperationException($"{StoreOptions.SectionName}:{nameof(StoreOptions.MinimumFreeBytes)} {store.MinimumFreeBytes} must be 0 or more.");
            }

            builder.Services.AddImGroupsStorage(connectionString ?? DefaultConnectionString, store.MinimumFreeBytes);

            // Before the store's start-up, so a second server never touches a file the first one serves.
            builder.Services.AddHostedService(_ => new SqliteFileLock(connectionString ?? DefaultConnectionString));
        }

        builder.Services.AddSingleton<SeedState>();
        builder.Services.AddHostedService<StorageStartup>();
        if (shared)
        {
            // After the store's start-up, which creates the tables it uses.
            builder.Services.AddHostedService<SharedStateStartup>();
        }

        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        return builder;
    }

    /// <summary>Answers requests that found the store unreachable with 503, before anything else was sent.</summary>
    public static IApplicationBuilder UseStoreOutageAnswers(this IApplicationBuilder app) => app.UseMiddleware<StoreOutageAnswers>();
}
