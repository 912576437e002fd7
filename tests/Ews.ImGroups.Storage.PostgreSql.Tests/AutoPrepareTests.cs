using Npgsql;

namespace Ews.ImGroups.Storage.PostgreSql.Tests;

public sealed class AutoPrepareTests
{
    [Fact]
    public void A_connection_string_that_says_nothing_gets_automatic_preparation()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgreSqlStorageRegistration.WithHotPathSettings("Host=db;Database=imgroups"));

        builder.MaxAutoPrepare.Should().Be(PostgreSqlStorageRegistration.DefaultMaxAutoPrepare);
        builder.AutoPrepareMinUsages.Should().Be(PostgreSqlStorageRegistration.DefaultAutoPrepareMinUsages);
        builder.NoResetOnClose.Should().BeTrue();
        builder.Host.Should().Be("db");
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;Auto Prepare Min Usages=5;No Reset On Close=false")]
    [InlineData("Host=db;MaxAutoPrepare=0;AutoPrepareMinUsages=5;NoResetOnClose=false")]
    public void Settings_the_connection_string_makes_are_kept(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgreSqlStorageRegistration.WithHotPathSettings(connectionString));

        builder.MaxAutoPrepare.Should().Be(0);
        builder.AutoPrepareMinUsages.Should().Be(5);
        builder.NoResetOnClose.Should().BeFalse();
    }
}
