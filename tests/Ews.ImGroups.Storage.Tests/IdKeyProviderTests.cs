using Ews.ImGroups.Domain.Ids;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Storage.Tests;

public sealed class IdKeyProviderTests
{
    private static readonly ItemKey Item = new(ItemKind.Group, 1, 1);

    [Fact]
    public async Task Store_without_a_seed_key_makes_its_own_and_keeps_it_across_restarts()
    {
        await using var database = new TempDatabase();
        var first = await database.StartAsync();
        var id = first.GetRequiredService<IdKeyProvider>().Codec.EncodeId(Item);
        await first.DisposeAsync();

        var restarted = database.CreateServices();
        await restarted.GetRequiredService<StorageInitializer>().InitializeAsync(null, CancellationToken.None);

        restarted.GetRequiredService<IdKeyProvider>().Codec.TryDecodeId(id, out var decoded).Should().Be(IdDecodeStatus.Ok);
        decoded.Should().Be(Item);
        TestSeeds.Codec.TryDecodeId(id, out _).Should().Be(IdDecodeStatus.Malformed, "a made key is not the test seeds' key");
    }

    [Fact]
    public async Task Seed_key_is_used_by_a_new_store_and_never_replaces_a_key_in_use()
    {
        await using var seeded = new TempDatabase();
        var services = seeded.CreateServices();
        await services.GetRequiredService<StorageInitializer>().InitializeAsync(TestSeeds.AliceAndBob(), CancellationToken.None);

        services.GetRequiredService<IdKeyProvider>().Codec.EncodeId(Item).Should().Be(TestSeeds.Codec.EncodeId(Item));

        await using var own = new TempDatabase();
        var ownServices = await own.StartAsync();
        var ownId = ownServices.GetRequiredService<IdKeyProvider>().Codec.EncodeId(Item);
        await ownServices.GetRequiredService<StorageInitializer>().InitializeAsync(TestSeeds.AliceAndBob(), CancellationToken.None);
        await using var reread = own.CreateServices();
        await reread.GetRequiredService<StorageInitializer>().InitializeAsync(null, CancellationToken.None);
        reread.GetRequiredService<IdKeyProvider>().Codec.EncodeId(Item).Should().Be(ownId);
    }

    [Fact]
    public async Task Codec_asked_for_before_the_store_is_initialized_is_refused_with_the_reason()
    {
        await using var database = new TempDatabase();
        var services = database.CreateServices();

        var fromProvider = () => services.GetRequiredService<IdKeyProvider>().Codec;
        var defaultTenants = () => services.GetRequiredService<TenantIdKeys>().Current;

        fromProvider.Should().Throw<InvalidOperationException>().WithMessage("*id key*initialized*");
        defaultTenants.Should().Throw<InvalidOperationException>().WithMessage("*id key*initialized*", "the default tenant's codec is the store's");
    }

    [Fact]
    public async Task Codec_after_initialization_is_the_one_the_default_tenant_is_given()
    {
        await using var database = new TempDatabase();
        var services = database.CreateServices();
        var initializer = services.GetRequiredService<StorageInitializer>();
        await initializer.InitializeAsync(TestSeeds.AliceAndBob(), CancellationToken.None);
        var loaded = services.GetRequiredService<IdKeyProvider>().Codec;

        // Initializing again finds the same key, and everything holding the codec keeps a valid one.
        await initializer.InitializeAsync(TestSeeds.AliceAndBob(), CancellationToken.None);

        services.GetRequiredService<IdKeyProvider>().Codec.Should().BeSameAs(loaded);
        services.GetRequiredService<TenantIdKeys>().Current.Should().BeSameAs(loaded);
        loaded.EncodeId(Item).Should().Be(TestSeeds.Codec.EncodeId(Item));
    }

    [Fact]
    public async Task A_store_whose_key_changed_under_running_services_is_refused()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync();
        var initializer = services.GetRequiredService<StorageInitializer>();
        await database.ScalarAsync("DELETE FROM \"ServerSettings\"");

        var again = () => initializer.InitializeAsync(TestSeeds.AliceAndBob(), CancellationToken.None);

        await again.Should().ThrowAsync<InvalidOperationException>().WithMessage("*replaced*");
    }

    [Fact]
    public async Task A_seed_with_a_bad_key_is_refused_before_the_store_is_touched()
    {
        await using var database = new TempDatabase();
        var services = database.CreateServices();

        var start = () => services.GetRequiredService<StorageInitializer>()
            .InitializeAsync(TestSeeds.AliceAndBob() with { IdKey = "not a key" }, CancellationToken.None);

        await start.Should().ThrowAsync<InvalidDataException>().WithMessage("*idKey*");
        (await database.IsUntouchedAsync()).Should().BeTrue("a bad seed must not leave its key, or anything else, in the store");
    }
}
