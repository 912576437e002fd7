using Npgsql;

namespace Ews.ImGroups.Storage.PostgreSql.Tests;

/// <summary>New, empty databases on the test cluster, one per test.</summary>
internal static class TestDatabases
{
    private const string Server = "Host=127.0.0.1;Port=55432;Username=postgres";

    public static string Create()
    {
        var name = "t" + Guid.NewGuid().ToString("N");
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        command.ExecuteNonQuery();
        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;
    }
}
