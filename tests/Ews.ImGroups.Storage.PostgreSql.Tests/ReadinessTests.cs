using Ews.ImGroups.Storage.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Storage.PostgreSql.Tests;

public sealed class ReadinessTests
{
    [Fact]
    public async Task A_store_whose_server_is_down_is_not_ready_and_is_again_once_it_is_back()
    {
        await using var cluster = await PostgresCluster.StartPrivateAsync();
        var connectionString = await cluster.CreateDatabaseAsync();
        await using var services = new ServiceCollection().AddImGroupsPostgreSqlStorage(connectionString).BuildServiceProvider();
        var storage = services.GetRequiredService<StorageInitializer>();
        await storage.InitializeAsync(TestSeeds.AliceAndBob(), CancellationToken.None);
        (await storage.IsReadyAsync(CancellationToken.None)).Should().BeTrue();

        await cluster.StopAsync();
        var whileDown = await storage.IsReadyAsync(CancellationToken.None);
        await cluster.StartAsync();

        whileDown.Should().BeFalse();
        (await storage.IsReadyAsync(CancellationToken.None)).Should().BeTrue();
    }
}
