using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Ids;
using Ews.ImGroups.Domain.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Storage.Tests;

public class SeedLoaderTests
{
    [Fact]
    public async Task ReadAsync_valid_file_reads_mailboxes_and_contacts()
    {
        await using var database = new TempDatabase();
        var path = await database.WriteFileAsync("seed.json", """
            {
              // Comments and trailing commas are allowed.
              "mailboxes": [
                { "smtpAddress": "alice@contoso.com", "sid": "S-1-5-21-1-2-3-1001",
                  "contacts": [ { "key": "bob", "displayName": "Bob", "imAddress": "sip:bob@contoso.com" }, ] },
              ]
            }
            """);

        var document = await SeedLoader.ReadAsync(path, CancellationToken.None);

        var mailbox = document.Mailboxes.Should().ContainSingle().Subject;
        mailbox.SmtpAddress.Should().Be("alice@contoso.com");
        mailbox.Sid.Should().Be("S-1-5-21-1-2-3-1001");
        mailbox.Contacts.Should().ContainSingle().Which.ImAddress.Should().Be("sip:bob@contoso.com");
    }

    [Theory]
    [InlineData("alice@contoso.com")]
    [InlineData("Alice@Contoso.COM")]
    public async Task ReadAsync_duplicate_mailbox_address_throws(string secondAddress)
    {
        await ShouldRejectAsync($$"""
            { "mailboxes": [ { "smtpAddress": "alice@contoso.com" }, { "smtpAddress": "{{secondAddress}}" } ] }
            """);
    }

    [Fact]
    public async Task ReadAsync_invalid_mailbox_address_throws()
    {
        await ShouldRejectAsync("""{ "mailboxes": [ { "smtpAddress": "Alice <alice@contoso.com>" } ] }""");
    }

    [Theory]
    [InlineData("""{ "mailboxes": [ { "smtpAddress": "alice@contoso.com", "sid": "hello" } ] }""")]
    [InlineData("""{ "mailboxes": [ { "smtpAddress": "alice@contoso.com", "sid": "S-1-5-21-1-2-3-1001" }, { "smtpAddress": "bob@contoso.com", "sid": "s-1-5-21-1-2-3-1001" } ] }""")]
    [InlineData("""{ "mailboxes": [ { "smtpAddress": """)]
    public async Task ReadAsync_malformed_or_duplicate_sid_or_broken_json_throws(string json)
    {
        await ShouldRejectAsync(json);
    }

    [Fact]
    public async Task ReadAsync_duplicate_contact_key_in_one_mailbox_throws()
    {
        await ShouldRejectAsync("""
            { "mailboxes": [ { "smtpAddress": "alice@contoso.com", "contacts": [
                { "key": "bob", "displayName": "Bob" }, { "key": "bob", "displayName": "Robert" } ] } ] }
            """);
    }

    [Fact]
    public async Task ReadAsync_same_contact_key_in_two_mailboxes_is_accepted()
    {
        await using var database = new TempDatabase();
        var path = await database.WriteFileAsync("seed.json", """
            { "mailboxes": [
                { "smtpAddress": "alice@contoso.com", "contacts": [ { "key": "carol", "displayName": "Carol" } ] },
                { "smtpAddress": "bob@contoso.com", "contacts": [ { "key": "carol", "displayName": "Carol" } ] } ] }
            """);

        var document = await SeedLoader.ReadAsync(path, CancellationToken.None);

        document.Mailboxes.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("""{ "key": "bob" }""")]
    [InlineData("""{ "key": "bob", "displayName": "" }""")]
    [InlineData("""{ "key": "bob", "displayName": "  " }""")]
    [InlineData("""{ "displayName": "Bob" }""")]
    public async Task ReadAsync_contact_without_display_name_or_key_throws(string contact)
    {
        await ShouldRejectAsync($$"""
            { "mailboxes": [ { "smtpAddress": "alice@contoso.com", "contacts": [ {{contact}} ] } ] }
            """);
    }

    [Fact]
    public async Task ReadAsync_distribution_groups_reads_them()
    {
        await using var database = new TempDatabase();
        var path = await database.WriteFileAsync("seed.json", """
            { "mailboxes": [],
              "distributionGroups": [ { "smtpAddress": "sales@contoso.com", "displayName": "Sales" } ] }
            """);

        var document = await SeedLoader.ReadAsync(path, CancellationToken.None);

        document.DistributionGroups.Should().Equal(new SeedDistributionGroup("sales@contoso.com", "Sales"));
    }

    [Theory]
    [InlineData("sip:bob@contoso.com", "sip:bob@contoso.com")]
    [InlineData("sip:bob@contoso.com", "bob@contoso.com")]
    [InlineData("bob@contoso.com", "SIP:Bob@Contoso.COM")]
    [InlineData("bob@contoso.com", " bob@contoso.com ")]
    public async Task ReadAsync_one_im_address_for_two_contacts_of_a_mailbox_throws(string first, string second)
    {
        await ShouldRejectAsync($$"""
            { "mailboxes": [ { "smtpAddress": "alice@contoso.com", "contacts": [
                { "key": "bob", "displayName": "Bob", "imAddress": "{{first}}" },
                { "key": "robert", "displayName": "Robert", "imAddress": "{{second}}" } ] } ] }
            """);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task ReadAsync_blank_im_address_throws(string imAddress)
    {
        await ShouldRejectAsync($$"""
            { "mailboxes": [ { "smtpAddress": "alice@contoso.com", "contacts": [
                { "key": "bob", "displayName": "Bob", "imAddress": "{{imAddress}}" } ] } ] }
            """);
    }

    [Fact]
    public async Task ReadAsync_same_im_address_in_two_mailboxes_is_accepted()
    {
        await using var database = new TempDatabase();
        var path = await database.WriteFileAsync("seed.json", """
            { "mailboxes": [
                { "smtpAddress": "alice@contoso.com", "contacts": [ { "key": "carol", "displayName": "Carol", "imAddress": "carol@contoso.com" } ] },
                { "smtpAddress": "bob@contoso.com", "contacts": [ { "key": "carol", "displayName": "Carol", "imAddress": "sip:carol@contoso.com" } ] } ] }
            """);

        var document = await SeedLoader.ReadAsync(path, CancellationToken.None);

        document.Mailboxes.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("sales@contoso.com")]
    [InlineData("Sales@Contoso.COM")]
    public async Task ReadAsync_duplicate_distribution_group_throws(string secondAddress)
    {
        await ShouldRejectAsync($$"""
            { "distributionGroups": [
                { "smtpAddress": "sales@contoso.com", "displayName": "Sales" },
                { "smtpAddress": "{{secondAddress}}", "displayName": "More Sales" } ] }
            """);
    }

    [Theory]
    [InlineData("""{ "smtpAddress": "not an address", "displayName": "Sales" }""")]
    [InlineData("""{ "smtpAddress": "Sales <sales@contoso.com>", "displayName": "Sales" }""")]
    [InlineData("""{ "smtpAddress": "sales@contoso.com", "displayName": " " }""")]
    [InlineData("""{ "smtpAddress": "sales@contoso.com" }""")]
    [InlineData("""{ "displayName": "Sales" }""")]
    public async Task ReadAsync_invalid_distribution_group_throws(string group)
    {
        await ShouldRejectAsync($$"""{ "distributionGroups": [ {{group}} ] }""");
    }

    [Fact]
    public async Task ApplyAsync_contact_a_client_added_before_the_seed_named_it_is_adopted_not_duplicated()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var added = await store.Contacts.AddNewImContactToGroupAsync(store.Alice, "sip:erin@contoso.com", "Erin", null, CancellationToken.None);
        var grown = TestSeeds.AliceAndBob() with
        {
            Mailboxes =
            [
                .. TestSeeds.AliceAndBob().Mailboxes!.Select(m => m.SmtpAddress != TestSeeds.AliceSmtp ? m : m with
                {
                    Contacts = [.. m.Contacts!, new SeedContact("erin", "Erin Evans", "Erin", "Evans", null, "Erin@Contoso.com")],
                }),
            ],
        };

        var seeded = await store.Services.GetRequiredService<StorageInitializer>().InitializeAsync(grown, CancellationToken.None);

        seeded.ContactId(TestSeeds.AliceSmtp, "erin").Should().Be(SeededStore.Id(added.Value!.Primary));
        (await StoreQueries.ContactsAsync(store.Services, store.Alice)).Should().ContainSingle(c => c.NormalizedImAddress == "erin@contoso.com")
            .Which.Should().BeEquivalentTo(new { SeedKey = "erin", Folder = ContactFolder.Contacts });
    }

    [Fact]
    public async Task ApplyAsync_distribution_groups_loads_the_directory_under_normalized_addresses()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync();

        await ApplyAsync(services, TestSeeds.WithDistributionGroups());

        (await StoreQueries.DirectoryGroupsAsync(services)).Select(d => (d.SmtpAddress, d.DisplayName))
            .Should().Equal(("sales@contoso.com", "Sales"), ("support@contoso.com", "Support Team"));
    }

    [Fact]
    public async Task ApplyAsync_distribution_groups_twice_adds_them_once()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync();
        await ApplyAsync(services, TestSeeds.WithDistributionGroups());

        await ApplyAsync(services, TestSeeds.WithDistributionGroups());

        (await StoreQueries.DirectoryGroupsAsync(services)).Should().HaveCount(2);
        (await database.ScalarAsync("SELECT COUNT(*) FROM \"Groups\"")).Should().Be(2L * Domain.Lists.SystemGroups.All.Count);
    }

    [Fact]
    public async Task ApplyAsync_invalid_document_throws_and_writes_nothing()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync();
        var seed = new SeedDocument(
            [new SeedMailbox("alice@contoso.com", null, null,
            [
                new SeedContact("bob", "Bob", null, null, null, "sip:bob@contoso.com"),
                new SeedContact("robert", "Robert", null, null, null, "BOB@contoso.com"),
            ])],
            [new SeedDistributionGroup("sales@contoso.com", "Sales")]);

        var apply = () => ApplyAsync(services, seed);

        await apply.Should().ThrowAsync<InvalidDataException>();
        (await RowCountsAsync(database)).Should().Be("0,0");
        (await StoreQueries.DirectoryGroupsAsync(services)).Should().BeEmpty();
    }

    [Fact]
    public async Task ApplyAsync_same_seed_twice_adds_nothing_and_returns_same_ids()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync();
        var seed = TestSeeds.AliceAndBob();

        var first = await ApplyAsync(services, seed);
        var countsAfterFirst = await RowCountsAsync(database);
        var second = await ApplyAsync(services, seed);

        second.Should().Equal(first);
        (await RowCountsAsync(database)).Should().Be(countsAfterFirst);
        countsAfterFirst.Should().Be("2,4");
    }

    [Fact]
    public async Task ApplyAsync_fresh_stores_give_seeded_contacts_the_same_ids()
    {
        await using var one = new TempDatabase();
        await using var other = new TempDatabase();

        var first = await ApplyAsync(await one.StartAsync(), TestSeeds.AliceAndBob());
        var second = await ApplyAsync(await other.StartAsync(), TestSeeds.AliceAndBob());

        first.Select(c => c.Contact).Should().Equal(second.Select(c => c.Contact)).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task ApplyAsync_seeded_contacts_returns_ids_of_the_stored_rows()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync();

        var seeded = await ApplyAsync(services, TestSeeds.AliceAndBob());

        await using var db = await TempDatabase.OpenAsync(services);
        var carol = await db.Contacts.SingleAsync(c => c.SeedKey == "carol");
        TestSeeds.Codec.TryDecodeId(seeded.ContactId(TestSeeds.AliceSmtp, "carol"), out var key).Should().Be(IdDecodeStatus.Ok);
        key.Should().Be(new ItemKey(ItemKind.Contact, carol.MailboxId, carol.Id));
    }

    [Fact]
    public async Task ApplyAsync_mailbox_with_sid_keeps_configured_sid()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync();

        await ApplyAsync(services, TestSeeds.AliceAndBob());

        await using var db = await TempDatabase.OpenAsync(services);
        (await db.Mailboxes.SingleAsync(m => m.SmtpAddress == TestSeeds.AliceSmtp)).Sid.Should().Be(TestSeeds.AliceSid);
    }

    [Fact]
    public async Task ApplyAsync_mailbox_without_sid_gets_account_sid()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync();

        await ApplyAsync(services, new SeedDocument([new SeedMailbox("erin@contoso.com", null, null, null)]));

        await using var db = await TempDatabase.OpenAsync(services);
        (await db.Mailboxes.SingleAsync()).Sid.Should().StartWith("S-1-5-21-");
    }

    // Each application is a write of its own, as two server starts would make.
    private static Task<IReadOnlyList<SeededContact>> ApplyAsync(IServiceProvider services, SeedDocument seed) =>
        SeedLoader.ApplyAsync(
            services.GetRequiredService<WriteGate>(), services.GetRequiredService<IDbContextFactory<ImGroupsDbContext>>(), seed, CancellationToken.None);

    private static async Task<string> RowCountsAsync(TempDatabase database) =>
        $"{await database.ScalarAsync("SELECT COUNT(*) FROM \"Mailboxes\"")},{await database.ScalarAsync("SELECT COUNT(*) FROM \"Contacts\"")}";

    private static async Task ShouldRejectAsync(string json)
    {
        await using var database = new TempDatabase();
        var path = await database.WriteFileAsync("seed.json", json);

        var read = () => SeedLoader.ReadAsync(path, CancellationToken.None);

        await read.Should().ThrowAsync<InvalidDataException>();
    }
}
