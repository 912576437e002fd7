using Ews.ImGroups.Domain.Ids;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Storage.Tests;

public sealed class IdKeysTests
{
    private static readonly ItemKey Item = new(ItemKind.Group, 1, 1);

    [Fact]
    public async Task Store_without_a_seed_key_makes_its_own_and_keeps_it_across_restarts()
    {
        await using var database = new TempDatabase();
        var first = await database.StartAsync();
        var id = first.GetRequiredService<ItemIdCodec>().EncodeId(Item);
        await first.DisposeAsync();

        var restarted = database.CreateServices();
        await restarted.GetRequiredService<StorageInitializer>().InitializeAsync(null, CancellationToken.None);

        restarted.GetRequiredService<ItemIdCodec>().TryDecodeId(id, out var decoded).Should().Be(IdDecodeStatus.Ok);
        decoded.Should().Be(Item);
        TestSeeds.Codec.TryDecodeId(id, out _).Should().Be(IdDecodeStatus.Malformed, "a made key is not the test seeds' key");
    }

    [Fact]
    public async Task Seed_key_is_used_by_a_new_store_and_never_replaces_a_key_in_use()
    {
        await using var seeded = new TempDatabase();
        var services = seeded.CreateServices();
        await services.GetRequiredService<StorageInitializer>().InitializeAsync(TestSeeds.AliceAndBob(), CancellationToken.None);

        services.GetRequiredService<ItemIdCodec>().EncodeId(Item).Should().Be(TestSeeds.Codec.EncodeId(Item));

        await using var own = new TempDatabase();
        var ownServices = await own.StartAsync();
        var ownId = ownServices.GetRequiredService<ItemIdCodec>().EncodeId(Item);
        await ownServices.GetRequiredService<StorageInitializer>().InitializeAsync(TestSeeds.AliceAndBob(), CancellationToken.None);
        await using var reread = own.CreateServices();
        reread.GetRequiredService<ItemIdCodec>().EncodeId(Item).Should().Be(ownId);
    }
}
