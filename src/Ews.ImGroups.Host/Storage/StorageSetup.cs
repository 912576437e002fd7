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
    public const string DefaultConnectionString = "Data Source=data/imgroups.db";

    public static IHostApplicationBuilder AddStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StoreOptions>().BindConfiguration(StoreOptions.SectionName).ValidateOnStart();

        // The provider decides which services exist, so it is read here rather than through the options.
        var store = builder.Configuration.GetSection(StoreOptions.SectionName).Get<StoreOptions>() ?? new StoreOptions();
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        switch (store.Provider)
        {
            case StoreProvider.PostgreSql:
                builder.Services.AddImGroupsPostgreSqlStorage(connectionString
                    ?? throw new InvalidOperationException($"Ews:Store:Provider is PostgreSql, so ConnectionStrings:{ConnectionStringName} must name the database."));
                break;
            default:
                builder.Services.AddImGroupsStorage(connectionString ?? DefaultConnectionString);
                break;
        }

        builder.Services.AddSingleton<SeedState>();
        builder.Services.AddHostedService<StorageStartup>();
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        return builder;
    }
}
