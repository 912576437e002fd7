namespace Ews.ImGroups.Storage.PostgreSql.Tests;

/// <summary>New, empty databases on the process's shared test cluster, one per test.</summary>
internal static class TestDatabases
{
    /// <summary>
    /// Made synchronously, as the storage tests make their databases in a constructor; skips the test where
    /// PostgreSQL is missing.
    /// </summary>
    public static string Create() => CreateAsync().GetAwaiter().GetResult();

    public static async Task<string> CreateAsync() => await (await PostgresCluster.SharedAsync()).CreateDatabaseAsync();
}
