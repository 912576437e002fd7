using Ews.ImGroups.Domain.Ids;
using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Mailboxes;
using Ews.ImGroups.Domain.Photos;
using Ews.ImGroups.Domain.Seeding;
using Ews.ImGroups.Storage.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Storage.Tests;

/// <summary>
/// Tenants in the store: each is a world of its own, with its own mailboxes, lists, directory groups, photos and id key,
/// sharing the tables (and the auto-provisioning limit) with the others.
/// </summary>
public sealed class TenantStoreTests
{
    private const string Other = "suite-a";
    private const string Third = "suite-b";
    private const string ErinSmtp = "erin@contoso.com";
    private const string ErinSid = "S-1-5-21-1004336348-1177238915-682003330-1005";

    private static readonly ItemKey Item = new(ItemKind.Group, 1, 1);

    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR42mOQz98KRAwQCgAhCgUNSHqw2AAAAABJRU5ErkJggg==");

    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46];

    [Fact]
    public async Task One_address_in_two_tenants_is_two_mailboxes_each_tenant_finding_its_own()
    {
        await using var database = new TempDatabase();
        var directory = MailboxDirectory(await database.StartAsync());

        var inDefault = await directory.GetOrCreateAsync(ErinSmtp, CancellationToken.None);
        Mailbox inOther;
        using (TenantScope.Enter(Other))
        {
            inOther = await directory.GetOrCreateAsync(ErinSmtp, CancellationToken.None);
        }

        inOther.Id.Should().NotBe(inDefault.Id);
        inOther.Sid.Should().NotBe(inDefault.Sid);

        // The remembering directory answers from memory, a fresh one (another process) from the database: both by tenant.
        foreach (var asked in new[] { directory, MailboxDirectory(await database.StartAsync()) })
        {
            (await asked.GetOrCreateAsync(ErinSmtp, CancellationToken.None)).Should().Be(inDefault);
            using (TenantScope.Enter(Other))
            {
                (await asked.GetOrCreateAsync(ErinSmtp, CancellationToken.None)).Should().Be(inOther);
            }
        }

        (await database.ScalarAsync("SELECT COUNT(*) FROM \"Mailboxes\"")).Should().Be(2L);
    }

    [Fact]
    public async Task A_sid_of_one_tenant_finds_nothing_in_another()
    {
        await using var database = new TempDatabase();
        var directory = MailboxDirectory(await database.StartAsync());
        Mailbox created;
        using (TenantScope.Enter(Other))
        {
            created = await directory.GetOrCreateAsync(ErinSmtp, CancellationToken.None);
        }

        // The creating directory remembers the mailbox; a fresh one must ask the database.
        foreach (var asked in new[] { directory, MailboxDirectory(await database.StartAsync()) })
        {
            using (TenantScope.Enter(Other))
            {
                (await asked.FindBySidAsync(created.Sid, CancellationToken.None)).Should().Be(created);
            }

            using (TenantScope.Enter(Third))
            {
                (await asked.FindBySidAsync(created.Sid, CancellationToken.None)).Should().BeNull();
            }

            (await asked.FindBySidAsync(created.Sid, CancellationToken.None)).Should().BeNull("the default tenant is a tenant like any other");
        }
    }

    [Theory]
    [InlineData(TenantNames.Default, Other)]
    [InlineData(Other, TenantNames.Default)]
    public async Task Resetting_one_tenant_leaves_the_other_tenants_world_as_it_was(string reset, string kept)
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync();
        var admin = services.GetRequiredService<StoreAdministration>();
        await SeedBothAsync(admin);
        SeedDocument keptBefore;
        IReadOnlyList<MailboxSummary> keptMailboxes;
        using (TenantScope.Enter(kept))
        {
            keptBefore = await admin.ExportAsync(CancellationToken.None);
            keptMailboxes = (await admin.ListMailboxesAsync(0, 10, CancellationToken.None)).Mailboxes;
        }

        using (TenantScope.Enter(reset))
        {
            await admin.ResetAsync(null, CancellationToken.None);

            (await admin.CountAsync(CancellationToken.None)).Should().Be(new StoreCounts(0, 0, 0, 0));
            (await services.GetRequiredService<IUserPhotos>().FindAsync(TestSeeds.AliceSmtp, CancellationToken.None)).Should().BeNull();
            (await MailboxDirectory(services).FindDistributionGroupAsync(TestSeeds.SalesSmtp, CancellationToken.None)).Should().BeNull();
        }

        using (TenantScope.Enter(kept))
        {
            // Same lists, same photos, same directory, and the same rows: the mailboxes keep their numbers.
            (await admin.ExportAsync(CancellationToken.None)).Should().BeEquivalentTo(keptBefore, o => o.WithStrictOrdering());
            (await admin.ListMailboxesAsync(0, 10, CancellationToken.None)).Mailboxes.Should().Equal(keptMailboxes);
            (await services.GetRequiredService<IUserPhotos>().FindAsync(TestSeeds.AliceSmtp, CancellationToken.None)).Should().NotBeNull();
            (await MailboxDirectory(services).FindDistributionGroupAsync(TestSeeds.SalesSmtp, CancellationToken.None)).Should().NotBeNull();
        }
    }

    [Fact]
    public async Task Counts_listings_and_exports_of_a_tenant_are_those_of_a_store_holding_its_world_alone()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync();
        var admin = services.GetRequiredService<StoreAdministration>();
        await SeedBothAsync(admin);

        foreach (var (tenant, seed) in new[] { (TenantNames.Default, DefaultSeed()), (Other, OtherSeed()) })
        {
            // The world alone, in the default tenant of a store of its own.
            await using var alone = new TempDatabase();
            var aloneAdmin = (await alone.StartAsync()).GetRequiredService<StoreAdministration>();
            await aloneAdmin.SeedAsync(seed, CancellationToken.None);
            var aloneCounts = await aloneAdmin.CountAsync(CancellationToken.None);
            var aloneListing = await aloneAdmin.ListMailboxesAsync(0, 10, CancellationToken.None);
            var aloneExport = await aloneAdmin.ExportAsync(CancellationToken.None);

            using (TenantScope.Enter(tenant))
            {
                (await admin.CountAsync(CancellationToken.None)).Should().Be(aloneCounts, "tenant '{0}' counts its own world", tenant);
                var listing = await admin.ListMailboxesAsync(0, 10, CancellationToken.None);
                listing.Total.Should().Be(aloneListing.Total);

                // Numbers differ between the two stores; everything else a listing shows must not.
                listing.Mailboxes.Should().BeEquivalentTo(aloneListing.Mailboxes, o => o.Excluding(m => m.Id).WithStrictOrdering());

                // The key differs too: each store made its own.
                (await admin.ExportAsync(CancellationToken.None)).Should().BeEquivalentTo(aloneExport, o => o.Excluding(d => d.IdKey).WithStrictOrdering());
            }
        }
    }

    [Fact]
    public async Task Photos_and_directory_groups_of_one_address_are_each_tenants_own()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync();
        await SeedBothAsync(services.GetRequiredService<StoreAdministration>());
        var photos = services.GetRequiredService<IUserPhotos>();

        (await photos.FindAsync(TestSeeds.AliceSmtp, CancellationToken.None))!.Content.Should().Equal(Png);
        (await MailboxDirectory(services).FindDistributionGroupAsync(TestSeeds.SalesSmtp, CancellationToken.None)).Should().Be(new DirectoryGroup(TestSeeds.SalesSmtp, "Sales"));
        using (TenantScope.Enter(Other))
        {
            (await photos.FindAsync(TestSeeds.AliceSmtp, CancellationToken.None))!.Content.Should().Equal(Jpeg);
            (await MailboxDirectory(services).FindDistributionGroupAsync(TestSeeds.SalesSmtp, CancellationToken.None)).Should().Be(new DirectoryGroup(TestSeeds.SalesSmtp, "Sales A"));
            (await MailboxDirectory(services).FindDistributionGroupAsync("support@contoso.com", CancellationToken.None)).Should().BeNull("only the default tenant's directory has it");
        }

        using (TenantScope.Enter(Third))
        {
            (await photos.FindAsync(TestSeeds.AliceSmtp, CancellationToken.None)).Should().BeNull();
            (await photos.IsMailboxAsync(TestSeeds.AliceSmtp, CancellationToken.None)).Should().BeFalse("a tenant nobody seeded has no mailboxes");
        }
    }

    [Fact]
    public async Task Resetting_the_default_tenant_restarts_numbering_only_once_no_other_tenant_holds_data()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database, seed: TestSeeds.WithDistributionGroups());
        var admin = store.Services.GetRequiredService<StoreAdministration>();
        var freshNext = await store.AddGroupAsync(store.Alice, "Friends");
        using (TenantScope.Enter(Other))
        {
            await admin.SeedAsync(OtherSeed(), CancellationToken.None);
        }

        var othersHighest = (long)(await database.ScalarAsync("SELECT MAX(\"Id\") FROM \"Groups\""))!;

        await admin.ResetAsync(TestSeeds.WithDistributionGroups(), CancellationToken.None);
        var whileShared = await store.AddGroupAsync(store.Alice, "Again");

        // Restarting here would hand out the other tenant's numbers again (on PostgreSQL, a broken primary key).
        whileShared.Number.Should().BeGreaterThan(othersHighest);

        using (TenantScope.Enter(Other))
        {
            await admin.ResetAsync(null, CancellationToken.None);
        }

        await admin.ResetAsync(TestSeeds.WithDistributionGroups(), CancellationToken.None);
        (await store.AddGroupAsync(store.Alice, "Alone")).Number.Should().Be(freshNext.Number, "the store holds the default tenant's world only again");
    }

    [Fact]
    public async Task A_tenants_key_is_made_once_and_read_back_after_a_restart()
    {
        await using var database = new TempDatabase();
        var keys = (await database.StartAsync()).GetRequiredService<TenantIdKeys>();
        (await keys.LoadAsync(Other, 10, CancellationToken.None)).Should().BeTrue();
        var id = keys.For(Other).EncodeId(Item);
        (await keys.LoadAsync(Other, 10, CancellationToken.None)).Should().BeTrue();

        var restarted = (await database.StartAsync()).GetRequiredService<TenantIdKeys>();

        // Room for no more tenants: the restarted process can only load the key the store holds, not make one.
        (await restarted.LoadAsync(Other, 1, CancellationToken.None)).Should().BeTrue();
        restarted.For(Other).TryDecodeId(id, out var decoded).Should().Be(IdDecodeStatus.Ok);
        decoded.Should().Be(Item);
        (await database.ScalarAsync("SELECT COUNT(*) FROM \"Tenants\"")).Should().Be(1L);
    }

    [Fact]
    public async Task Two_tenants_refuse_each_others_ids()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync();
        var keys = services.GetRequiredService<TenantIdKeys>();
        (await keys.LoadAsync(Other, 10, CancellationToken.None)).Should().BeTrue();
        (await keys.LoadAsync(Third, 10, CancellationToken.None)).Should().BeTrue();
        var codecs = new[] { keys.For(TenantNames.Default), keys.For(Other), keys.For(Third) };

        foreach (var issuer in codecs)
        {
            var id = issuer.EncodeId(Item);
            foreach (var reader in codecs)
            {
                var status = reader.TryDecodeId(id, out _);
                if (ReferenceEquals(reader, issuer))
                {
                    status.Should().Be(IdDecodeStatus.Ok);
                }
                else
                {
                    status.Should().NotBe(IdDecodeStatus.Ok, "an id is good in the tenant that issued it only");
                }
            }
        }
    }

    [Fact]
    public async Task A_new_tenant_is_not_made_when_the_store_holds_the_most_it_may()
    {
        await using var database = new TempDatabase();
        var keys = (await database.StartAsync()).GetRequiredService<TenantIdKeys>();
        (await keys.LoadAsync(Other, 2, CancellationToken.None)).Should().BeTrue();
        (await keys.LoadAsync(Third, 2, CancellationToken.None)).Should().BeTrue();

        (await keys.LoadAsync("suite-c", 2, CancellationToken.None)).Should().BeFalse();

        var unmade = () => keys.For("suite-c");
        unmade.Should().Throw<InvalidOperationException>().WithMessage("*suite-c*");
        (await database.ScalarAsync("SELECT COUNT(*) FROM \"Tenants\"")).Should().Be(2L);

        // Another process counts the stored tenants too.
        (await (await database.StartAsync()).GetRequiredService<TenantIdKeys>().LoadAsync("suite-c", 2, CancellationToken.None)).Should().BeFalse();
    }

    [Fact]
    public async Task Twenty_first_uses_of_one_tenant_at_once_all_find_it_made_even_in_the_last_room()
    {
        await using var database = new TempDatabase();
        var first = (await database.StartAsync()).GetRequiredService<TenantIdKeys>();
        var second = (await database.StartAsync()).GetRequiredService<TenantIdKeys>();

        // Only one of them makes it, and so fills the store: the others must find it made, not find the store full.
        var loaded = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() =>
            (i % 2 == 0 ? first : second).LoadAsync(Other, 1, CancellationToken.None).AsTask())));

        loaded.Should().OnlyContain(l => l);
        first.For(Other).EncodeId(Item).Should().Be(second.For(Other).EncodeId(Item), "both processes read the one key made");
        (await database.ScalarAsync("SELECT COUNT(*) FROM \"Tenants\"")).Should().Be(1L);
    }

    [Fact]
    public async Task The_default_tenants_codec_is_the_stores_own_and_takes_no_room()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync(TestSeeds.AliceAndBob());
        var keys = services.GetRequiredService<TenantIdKeys>();

        (await keys.LoadAsync(TenantNames.Default, 0, CancellationToken.None)).Should().BeTrue();

        keys.For(TenantNames.Default).Should().BeSameAs(services.GetRequiredService<IdKeyProvider>().Codec);
        keys.Current.Should().BeSameAs(services.GetRequiredService<IdKeyProvider>().Codec, "no tenant was entered");
        keys.Current.EncodeId(Item).Should().Be(TestSeeds.Codec.EncodeId(Item), "the seed's key is the store's");
        (await database.ScalarAsync("SELECT COUNT(*) FROM \"Tenants\"")).Should().Be(0L);
    }

    [Fact]
    public async Task The_current_codec_is_the_entered_tenants()
    {
        await using var database = new TempDatabase();
        var keys = (await database.StartAsync()).GetRequiredService<TenantIdKeys>();
        (await keys.LoadAsync(Other, 10, CancellationToken.None)).Should().BeTrue();

        using (TenantScope.Enter(Other))
        {
            keys.Current.Should().BeSameAs(keys.For(Other));
        }

        keys.Current.Should().BeSameAs(keys.For(TenantNames.Default));
    }

    [Fact]
    public async Task The_auto_provisioning_limit_counts_every_tenants_mailboxes_together()
    {
        await using var database = new TempDatabase();
        var directory = MailboxDirectory(await database.StartAsync());
        var inDefault = await directory.GetOrCreateWithinAsync(ErinSmtp, 2, CancellationToken.None);
        Mailbox? inOther;
        using (TenantScope.Enter(Other))
        {
            inOther = await directory.GetOrCreateWithinAsync("frank@contoso.com", 2, CancellationToken.None);
        }

        inDefault.Should().NotBeNull();
        inOther.Should().NotBeNull();
        using (TenantScope.Enter(Third))
        {
            (await directory.GetOrCreateWithinAsync(ErinSmtp, 2, CancellationToken.None)).Should().BeNull("the store holds two mailboxes, whichever tenants hold them");
        }

        (await directory.GetOrCreateWithinAsync("grace@contoso.com", 2, CancellationToken.None)).Should().BeNull();
        using (TenantScope.Enter(Other))
        {
            (await directory.GetOrCreateWithinAsync("frank@contoso.com", 2, CancellationToken.None)).Should().Be(inOther, "a full store still serves the mailboxes it has");
        }

        (await database.ScalarAsync("SELECT COUNT(*) FROM \"Mailboxes\"")).Should().Be(2L);
    }

    private static IMailboxDirectory MailboxDirectory(IServiceProvider services) => services.GetRequiredService<IMailboxDirectory>();

    /// <summary>The default tenant's world: Alice and Bob, two directory groups and Alice's photo.</summary>
    private static SeedDocument DefaultSeed() => TestSeeds.WithDistributionGroups() with
    {
        IdKey = null,
        Photos = [new SeedPhoto(TestSeeds.AliceSmtp, "image/png", Convert.ToBase64String(Png))],
    };

    /// <summary>
    /// Another world with the same addresses and SIDs (which must not meet the default tenant's), and more: Erin, whose
    /// list has a group, a directory group of the same address under another name, and another photo of Alice.
    /// </summary>
    private static SeedDocument OtherSeed() => new(
        [
            .. TestSeeds.AliceAndBob().Mailboxes!,
            new SeedMailbox(ErinSmtp, "Erin Evans", ErinSid,
                [new SeedContact("alice", "Alice Anders", "Alice", "Anders", TestSeeds.AliceSmtp, "sip:alice@contoso.com")],
                [new SeedGroup("Team", Members: ["alice"]), new SeedGroup("Sales A", TestSeeds.SalesSmtp)]),
        ],
        [new SeedDistributionGroup(TestSeeds.SalesSmtp, "Sales A")],
        Photos: [new SeedPhoto(TestSeeds.AliceSmtp, "image/jpeg", Convert.ToBase64String(Jpeg))]);

    private static async Task SeedBothAsync(StoreAdministration admin)
    {
        await admin.SeedAsync(DefaultSeed(), CancellationToken.None);
        using (TenantScope.Enter(Other))
        {
            await admin.SeedAsync(OtherSeed(), CancellationToken.None);
        }
    }
}
