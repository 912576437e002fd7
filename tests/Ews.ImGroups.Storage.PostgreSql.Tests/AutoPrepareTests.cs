using Npgsql;

namespace Ews.ImGroups.Storage.PostgreSql.Tests;

public sealed class AutoPrepareTests
{
    [Fact]
    public void A_connection_string_that_says_nothing_gets_automatic_preparation()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgreSqlStorageRegistration.WithAutoPrepare("Host=db;Database=imgroups"));

        builder.MaxAutoPrepare.Should().Be(PostgreSqlStorageRegistration.DefaultMaxAutoPrepare);
        builder.AutoPrepareMinUsages.Should().Be(PostgreSqlStorageRegistration.DefaultAutoPrepareMinUsages);
        builder.Host.Should().Be("db");
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;Auto Prepare Min Usages=5")]
    [InlineData("Host=db;MaxAutoPrepare=0;AutoPrepareMinUsages=5")]
    public void Settings_the_connection_string_makes_are_kept(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgreSqlStorageRegistration.WithAutoPrepare(connectionString));

        builder.MaxAutoPrepare.Should().Be(0);
        builder.AutoPrepareMinUsages.Should().Be(5);
    }
}
