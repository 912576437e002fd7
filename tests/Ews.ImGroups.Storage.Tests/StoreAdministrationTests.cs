using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Storage.Tests;

public sealed class StoreAdministrationTests
{
    [Fact]
    public async Task Mailboxes_are_listed_a_page_at_a_time_in_address_order_with_their_total()
    {
        await using var database = new TempDatabase();
        var admin = (await database.StartAsync()).GetRequiredService<StoreAdministration>();
        foreach (var name in new[] { "erin", "carol", "dave", "bob", "alice" })
        {
            await admin.CreateMailboxAsync($"{name}@contoso.com", null, CancellationToken.None);
        }

        var middle = await admin.ListMailboxesAsync(1, 3, CancellationToken.None);
        var end = await admin.ListMailboxesAsync(4, 3, CancellationToken.None);
        var beyond = await admin.ListMailboxesAsync(5, 3, CancellationToken.None);

        middle.Total.Should().Be(5);
        middle.Mailboxes.Select(m => m.SmtpAddress).Should().Equal("bob@contoso.com", "carol@contoso.com", "dave@contoso.com");
        middle.Mailboxes.Should().OnlyContain(m => m.Groups == 3, "each mailbox's list is counted for its page");
        end.Mailboxes.Select(m => m.SmtpAddress).Should().Equal("erin@contoso.com");
        beyond.Mailboxes.Should().BeEmpty();
        beyond.Total.Should().Be(5);
    }

    [Fact]
    public async Task Seeded_groups_get_their_members_and_distribution_groups_their_address()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database, seed: TestSeeds.WithDistributionGroups());
        var admin = store.Services.GetRequiredService<StoreAdministration>();
        await admin.SeedAsync(new SeedDocument([Alice(
            groups: [new SeedGroup("Team", Members: ["bob", "carol"]), new SeedGroup("Other Contacts", Members: ["bob"]), new SeedGroup("Sales", "SALES@contoso.com")])]),
            CancellationToken.None);

        var list = await store.ReadAsync(store.Alice);
        var groups = list.Groups.ToDictionary(g => g.Group.DisplayName);
        groups["Team"].Members.Should().HaveCount(2);
        groups["Team"].Group.Version.Should().Be(2, "each member added changes the group, as over EWS");
        groups["Other Contacts"].Members.Should().ContainSingle();
        groups["Sales"].Group.GroupType.Should().Be(GroupTypes.DistributionGroup);
        groups["Sales"].Group.SmtpAddress.Should().Be(TestSeeds.SalesSmtp);
        list.Personas.Select(p => p.Primary.Details.DisplayName).Should().Equal("Bob Brown", "Carol Clark");
    }

    [Fact]
    public async Task Seeding_again_adds_nothing_twice()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database, seed: TestSeeds.WithDistributionGroups());
        var admin = store.Services.GetRequiredService<StoreAdministration>();
        var seed = new SeedDocument([Alice(groups: [new SeedGroup("Team", Members: ["bob"])])]);
        await admin.SeedAsync(seed, CancellationToken.None);
        var before = await store.ReadAsync(store.Alice);

        await admin.SeedAsync(seed, CancellationToken.None);

        (await store.ReadAsync(store.Alice)).Should().BeEquivalentTo(before);
    }

    [Theory]
    [InlineData("dave-no-im", null, "no IM contact")]
    [InlineData("nobody", null, "no IM contact")]
    [InlineData(null, "unknown@contoso.com", "not a distribution group of the directory")]
    public async Task A_seed_that_names_what_is_not_there_changes_nothing(string? member, string? distributionGroup, string message)
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database, seed: TestSeeds.WithDistributionGroups());
        var admin = store.Services.GetRequiredService<StoreAdministration>();
        var before = await admin.ExportAsync(CancellationToken.None);
        SeedGroup group = distributionGroup is null ? new SeedGroup("Team", Members: [member!]) : new SeedGroup("Listed", distributionGroup);

        var seeding = () => admin.SeedAsync(new SeedDocument([Alice(groups: [group])]), CancellationToken.None);

        (await seeding.Should().ThrowAsync<InvalidDataException>()).WithMessage($"*{message}*");
        (await admin.ExportAsync(CancellationToken.None)).Should().BeEquivalentTo(before);
    }

    [Theory]
    [InlineData("Team", "team ")]
    [InlineData("", null)]
    public void Group_names_must_be_present_and_unique(string first, string? second)
    {
        var groups = second is null ? new[] { new SeedGroup(first) } : [new SeedGroup(first), new SeedGroup(second)];

        var validate = () => SeedLoader.Validate(new SeedDocument([Alice(groups: groups)]));

        validate.Should().Throw<InvalidDataException>().WithMessage("*unique, non-blank display name*");
    }

    [Fact]
    public void A_distribution_group_lists_no_members()
    {
        var validate = () => SeedLoader.Validate(new SeedDocument([Alice(groups: [new SeedGroup("Sales", TestSeeds.SalesSmtp, ["bob"])])]));

        validate.Should().Throw<InvalidDataException>().WithMessage("*no members*");
    }

    [Fact]
    public async Task Reset_restores_the_seed_with_the_numbers_of_a_fresh_store()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database, seed: TestSeeds.WithDistributionGroups());
        var admin = store.Services.GetRequiredService<StoreAdministration>();
        var fresh = await admin.ExportAsync(CancellationToken.None);
        var first = await store.AddGroupAsync(store.Alice, "Friends");
        await store.AddNewContactAsync(store.Alice, "sip:erin@contoso.com", "Erin", first);
        await admin.CreateMailboxAsync("frank@contoso.com", "Frank", CancellationToken.None);

        await admin.ResetAsync(TestSeeds.WithDistributionGroups(), CancellationToken.None);

        var reset = await admin.ExportAsync(CancellationToken.None);
        reset.Should().BeEquivalentTo(fresh, o => o.WithStrictOrdering());
        (await store.AddGroupAsync(store.Alice, "Again")).Number.Should().Be(first.Number);
    }

    [Fact]
    public async Task A_reset_never_gives_a_removed_mailboxs_number_to_another()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database, seed: TestSeeds.WithDistributionGroups());
        var admin = store.Services.GetRequiredService<StoreAdministration>();
        var mailboxes = store.Services.GetRequiredService<Ews.ImGroups.Domain.Mailboxes.IMailboxDirectory>();
        var gone = await mailboxes.GetOrCreateAsync("gone@contoso.com", CancellationToken.None);

        await admin.ResetAsync(TestSeeds.WithDistributionGroups(), CancellationToken.None);
        var next = await mailboxes.GetOrCreateAsync("next@contoso.com", CancellationToken.None);

        next.Id.Should().NotBe(gone.Id);
        (await store.Groups.AddImGroupAsync(gone.Id, "Late", CancellationToken.None)).Error.Should().Be(ImListError.MailboxNotFound);
        (await mailboxes.GetOrCreateAsync(TestSeeds.AliceSmtp, CancellationToken.None)).Id.Should().Be(store.Alice, "seeded mailboxes keep their numbers");
    }

    [Fact]
    public async Task Resetting_one_mailbox_keeps_its_identity_and_the_others()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database, seed: TestSeeds.WithDistributionGroups());
        var admin = store.Services.GetRequiredService<StoreAdministration>();
        await store.AddGroupAsync(store.Alice, "Alice's");
        await store.AddGroupAsync(store.Bob, "Bob's");
        var aliceBefore = await admin.FindMailboxAsync(TestSeeds.AliceSmtp, CancellationToken.None);

        (await admin.ResetMailboxAsync(TestSeeds.AliceSmtp, TestSeeds.AliceAndBob().Mailboxes![0], CancellationToken.None)).Should().BeTrue();

        var aliceAfter = await admin.FindMailboxAsync(TestSeeds.AliceSmtp, CancellationToken.None);
        aliceAfter.Should().BeEquivalentTo(aliceBefore! with { Groups = 3 });
        (await store.ReadAsync(store.Alice)).Groups.Select(g => g.Group.DisplayName).Should().Equal("Other Contacts", "Tagged", "Favorites");
        (await store.ReadAsync(store.Bob)).Groups.Select(g => g.Group.DisplayName).Should().Contain("Bob's");
        (await admin.ResetMailboxAsync("nobody@contoso.com", null, CancellationToken.None)).Should().BeFalse();
    }

    [Fact]
    public async Task A_deleted_mailbox_is_gone_with_its_items_and_writes_to_it_are_refused()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database, seed: TestSeeds.WithDistributionGroups());
        var admin = store.Services.GetRequiredService<StoreAdministration>();
        await store.AddGroupAsync(store.Alice, "Friends");

        (await admin.DeleteMailboxAsync(TestSeeds.AliceSmtp, CancellationToken.None)).Should().BeTrue();

        (await admin.FindMailboxAsync(TestSeeds.AliceSmtp, CancellationToken.None)).Should().BeNull();
        (await admin.CountAsync(CancellationToken.None)).Should().Be(new StoreCounts(1, 3, 1, 2));
        var late = await store.Groups.AddImGroupAsync(store.Alice, "Late", CancellationToken.None);
        late.Error.Should().Be(ImListError.MailboxNotFound, "a request that resolved the mailbox before it was deleted writes nothing");
        (await admin.DeleteMailboxAsync(TestSeeds.AliceSmtp, CancellationToken.None)).Should().BeFalse();
    }

    [Fact]
    public async Task An_export_names_every_contact_and_its_groups()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database, seed: TestSeeds.WithDistributionGroups());
        var admin = store.Services.GetRequiredService<StoreAdministration>();
        var friends = await store.AddGroupAsync(store.Alice, "Friends");
        var erin = await store.AddNewContactAsync(store.Alice, "sip:erin@contoso.com", "Erin", friends);

        var export = await admin.ExportAsync(CancellationToken.None);

        var alice = export.Mailboxes!.Single(m => m.SmtpAddress == TestSeeds.AliceSmtp);
        alice.Contacts!.Select(c => c.Key).Should().Equal("bob", "carol", "dave-no-im", $"{StoreAdministration.ExportedKeyPrefix}{erin.Number}");
        alice.Contacts![3].QuickContact.Should().BeTrue();
        alice.Groups.Should().BeEquivalentTo([new SeedGroup("Friends", null, [$"{StoreAdministration.ExportedKeyPrefix}{erin.Number}"])]);
        export.IdKey.Should().Be(TestSeeds.IdKey);
        export.DistributionGroups!.Select(d => d.SmtpAddress).Should().Equal(TestSeeds.SalesSmtp, "support@contoso.com");
    }

    private static SeedMailbox Alice(IReadOnlyList<SeedGroup> groups) => new(TestSeeds.AliceSmtp, null, null, null, groups);
}
