#if !POSTGRESQL
namespace Ews.ImGroups.Storage.Tests;

/// <summary>A file that is not this server's store stops the initialization, naming the file, before anything is written.</summary>
public sealed class SqliteFileRefusalTests
{
    [Fact]
    public async Task File_of_garbage_bytes_is_refused_naming_the_file()
    {
        await using var database = new TempDatabase();
        var garbage = new byte[8192];
        new Random(14).NextBytes(garbage);
        await File.WriteAllBytesAsync(database.FilePath, garbage);

        var start = () => database.StartAsync();

        (await start.Should().ThrowAsync<StoreRefusedException>()).Which.Message
            .Should().Contain(database.FilePath).And.Contain("not a database");
        (await File.ReadAllBytesAsync(database.FilePath)).Should().Equal(garbage);
    }

    [Fact]
    public async Task Another_applications_database_is_refused_and_gets_none_of_this_servers_tables()
    {
        await using var database = new TempDatabase();
        await database.ScalarAsync("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)");

        var start = () => database.StartAsync();

        (await start.Should().ThrowAsync<StoreRefusedException>()).Which.Message
            .Should().Contain(database.FilePath).And.Contain("invoices");
        (await database.HasTableAsync("Mailboxes")).Should().BeFalse();
        (await database.HasTableAsync("__EFMigrationsHistory")).Should().BeFalse();
    }

    [Fact]
    public async Task Empty_database_file_is_taken_as_a_new_store()
    {
        await using var database = new TempDatabase();
        await database.ScalarAsync("SELECT 1");

        await database.StartAsync();

        (await database.HasTableAsync("Mailboxes")).Should().BeTrue();
    }
}
#endif
