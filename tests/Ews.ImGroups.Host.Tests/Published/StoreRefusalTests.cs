using System.Net;
using Ews.ImGroups.Host.Observability;
using Microsoft.Data.Sqlite;

namespace Ews.ImGroups.Host.Tests.Published;

/// <summary>
/// The published server refuses, at start-up and with exit code 1, a SQLite store it must not use, naming the file:
/// one another server already serves, one that is not a database, and another application's database.
/// </summary>
[Collection(PublishedServers.Name)]
public sealed class StoreRefusalTests(PublishedApp app)
{
    private static readonly Dictionary<string, string> NoSettings = [];

    [Fact]
    public async Task Second_server_on_the_same_store_file_refuses_to_start_and_the_first_keeps_serving()
    {
        using var first = await app.StartAsync();

        var second = await app.RunUntilExitAsync(NoSettings, first.DataDirectory);

        second.ExitCode.Should().Be(1, second.Output);
        second.Output.Should().Contain(StoreFile(first.DataDirectory)).And.Contain("PostgreSQL");
        using var ready = await first.Http.GetAsync(HealthEndpoints.Ready);
        ready.StatusCode.Should().Be(HttpStatusCode.OK, first.Log);
    }

    [Fact]
    public async Task Store_file_of_garbage_bytes_stops_start_up_naming_the_file()
    {
        var data = Directory.CreateTempSubdirectory("ews-imgroups-corrupt-").FullName;
        try
        {
            var garbage = new byte[16384];
            new Random(11).NextBytes(garbage);
            await File.WriteAllBytesAsync(StoreFile(data), garbage);

            var run = await app.RunUntilExitAsync(NoSettings, data);

            run.ExitCode.Should().Be(1, run.Output);
            run.Output.Should().Contain(StoreFile(data)).And.Contain("not a database");
            (await File.ReadAllBytesAsync(StoreFile(data))).Should().Equal(garbage);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task Another_applications_database_stops_start_up_naming_the_file_and_gets_no_tables()
    {
        var data = Directory.CreateTempSubdirectory("ews-imgroups-foreign-").FullName;
        try
        {
            await ExecuteAsync(data, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)");

            var run = await app.RunUntilExitAsync(NoSettings, data);

            run.ExitCode.Should().Be(1, run.Output);
            run.Output.Should().Contain(StoreFile(data)).And.Contain("invoices");
            (await ExecuteAsync(data, "SELECT group_concat(name) FROM sqlite_master WHERE type = 'table'")).Should().Be("invoices");
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static string StoreFile(string dataDirectory) => Path.Combine(dataDirectory, "imgroups.db");

    private static async Task<object?> ExecuteAsync(string dataDirectory, string sql)
    {
        // Unpooled, so nothing of this test keeps the file open while the server looks at it.
        await using var connection = new SqliteConnection($"Data Source={StoreFile(dataDirectory)};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
