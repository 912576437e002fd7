using Ews.ImGroups.Storage.PostgreSql.Coordination;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Ews.ImGroups.Storage.PostgreSql;

public static class PostgreSqlStorageRegistration
{
    /// <summary>Registers the store ports on a PostgreSQL database shared by any number of replicas.</summary>
    public static IServiceCollection AddImGroupsPostgreSqlStorage(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.TryAddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        return services;
    }
}
