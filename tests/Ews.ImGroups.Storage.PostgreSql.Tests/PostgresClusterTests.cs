using Npgsql;

namespace Ews.ImGroups.Storage.PostgreSql.Tests;

/// <summary>The throwaway cluster the PostgreSQL tests run against gives each test its own database and can play an outage.</summary>
public sealed class PostgresClusterTests
{
    [SkippableFact]
    public async Task CreateDatabaseAsync_gives_distinct_empty_databases_each_keeping_its_own_tables()
    {
        var cluster = await PostgresCluster.SharedAsync();
        var first = await cluster.CreateDatabaseAsync();
        var second = await cluster.CreateDatabaseAsync();
        try
        {
            new NpgsqlConnectionStringBuilder(first).Database.Should().NotBe(new NpgsqlConnectionStringBuilder(second).Database);
            (await TableCount(first)).Should().Be(0);
            (await TableCount(second)).Should().Be(0);

            await Execute(first, "CREATE TABLE note (id integer PRIMARY KEY, text text NOT NULL)");
            await Execute(first, "INSERT INTO note VALUES (1, 'kept'), (2, 'also kept')");

            (await Query(first, "SELECT text FROM note ORDER BY id")).Should().Equal("kept", "also kept");
            (await TableCount(second)).Should().Be(0);
        }
        finally
        {
            await cluster.DropDatabaseAsync(first);
            await cluster.DropDatabaseAsync(second);
        }
    }

    [SkippableFact]
    public async Task DropDatabaseAsync_removes_the_database_even_with_a_session_open_on_it()
    {
        var cluster = await PostgresCluster.SharedAsync();
        var database = await cluster.CreateDatabaseAsync();
        await using var open = new NpgsqlConnection(database);
        await open.OpenAsync();

        await cluster.DropDatabaseAsync(database);

        var reconnect = async () => await Query(database, "SELECT 1");
        (await reconnect.Should().ThrowAsync<PostgresException>()).Which.SqlState.Should().Be(PostgresErrorCodes.InvalidCatalogName);
    }

    [SkippableFact]
    public async Task Private_cluster_stopped_refuses_connections_and_started_again_serves_the_data_it_had()
    {
        await using var cluster = await PostgresCluster.StartPrivateAsync();
        var shared = await PostgresCluster.SharedAsync();
        cluster.Port.Should().NotBe(shared.Port);

        // Unpooled, so each step opens a connection of its own rather than reusing one from before the outage.
        var database = new NpgsqlConnectionStringBuilder(await cluster.CreateDatabaseAsync()) { Pooling = false }.ConnectionString;
        await Execute(database, "CREATE TABLE note (text text NOT NULL)");
        await Execute(database, "INSERT INTO note VALUES ('before the outage')");

        await cluster.StopAsync();
        var duringOutage = async () => await Query(database, "SELECT text FROM note");
        await duringOutage.Should().ThrowAsync<NpgsqlException>();
        (await Query(shared.ConnectionString("postgres"), "SELECT 'shared still up'")).Should().Equal("shared still up");

        await cluster.StartAsync();
        (await Query(database, "SELECT text FROM note")).Should().Equal("before the outage");
    }

    [SkippableFact]
    public async Task Shared_cluster_refuses_to_be_stopped_as_other_tests_use_it()
    {
        var shared = await PostgresCluster.SharedAsync();

        var stop = shared.StopAsync;

        await stop.Should().ThrowAsync<InvalidOperationException>();
        (await Query(shared.ConnectionString("postgres"), "SELECT 'up'")).Should().Equal("up");
    }

    private static async Task<long> TableCount(string connectionString)
    {
        var count = await Query(
            connectionString,
            "SELECT count(*)::text FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')");
        return long.Parse(count.Single(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> Query(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
