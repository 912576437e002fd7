using Ews.ImGroups.Storage;

namespace Ews.ImGroups.Host.Storage;

/// <summary>The storage area: the SQLite store, migrated and seeded before the server listens, and its readiness.</summary>
public static class StorageSetup
{
    public const string ConnectionStringName = "ImGroups";
    public const string DefaultConnectionString = "Data Source=data/imgroups.db";

    public static IHostApplicationBuilder AddStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddImGroupsStorage(builder.Configuration.GetConnectionString(ConnectionStringName) ?? DefaultConnectionString);
        builder.Services.AddSingleton<SeedState>();
        builder.Services.AddHostedService<StorageStartup>();
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        return builder;
    }
}
