using System.Data.Common;
using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Mailboxes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Ews.ImGroups.Storage.PostgreSql;

public static class PostgreSqlStorageRegistration
{
    /// <summary>Statements each connection keeps prepared when the connection string does not say.</summary>
    public const int DefaultMaxAutoPrepare = 128;

    /// <summary>How often a statement runs on a connection before it is prepared there, when the connection string does not say.</summary>
    public const int DefaultAutoPrepareMinUsages = 2;

    /// <summary>Registers the store ports on a PostgreSQL database shared by any number of replicas.</summary>
    public static IServiceCollection AddImGroupsPostgreSqlStorage(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var prepared = WithHotPathSettings(connectionString);

        // One pool for EF Core and the hand-written statements alike; the container disposes it with the services.
        services.AddSingleton(_ => NpgsqlDataSource.Create(prepared));
        services.AddPooledDbContextFactory<ImGroupsDbContext>((provider, options) => options
            .UseNpgsql(
                provider.GetRequiredService<NpgsqlDataSource>(),
                npgsql => npgsql.MigrationsAssembly(typeof(PostgreSqlStorageRegistration).Assembly.FullName))
            .ConfigureWarnings(StoreWarnings.Configure));
        services.AddSingleton<StoreEngine, PostgreSqlStoreEngine>();
        services.AddSingleton<IImListStore, PostgreSqlImListStore>();
        services.AddSingleton<IMailboxDirectory, PostgreSqlMailboxDirectory>();
        return services.AddSharedStoreServices();
    }

    /// <summary>
    /// Turns on Npgsql's automatic preparation unless the connection string sets it: the store runs the same few
    /// statements all the time, and a prepared one skips parsing and planning on the server. Also skips the reset of a
    /// pooled connection's session at every return, unless the connection string asks for it: the store sets no session
    /// state on pooled connections (its listener and start-up lock release theirs), and the reset cost a statement
    /// the server parses anew with every request's every connection.
    /// </summary>
    internal static string WithHotPathSettings(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Names(given, "Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = DefaultMaxAutoPrepare;
        }

        if (!Names(given, "Auto Prepare Min Usages"))
        {
            builder.AutoPrepareMinUsages = DefaultAutoPrepareMinUsages;
        }

        if (!Names(given, "No Reset On Close"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    /// <summary>Whether the connection string sets a keyword, written with or without its spaces.</summary>
    private static bool Names(DbConnectionStringBuilder given, string keyword) =>
        given.ContainsKey(keyword) || given.ContainsKey(keyword.Replace(" ", "", StringComparison.Ordinal));
}
