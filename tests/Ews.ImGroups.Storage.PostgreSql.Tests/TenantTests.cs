using Ews.ImGroups.Domain.Mailboxes;
using Ews.ImGroups.Storage.PostgreSql.Coordination;
using Ews.ImGroups.Storage.Tenants;
using Ews.ImGroups.Storage.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Ews.ImGroups.Storage.PostgreSql.Tests;

/// <summary>
/// Tenants on PostgreSQL: the upgrade of a database from before them, and what replicas share besides the model's
/// tables (the journal, the chaos rules) and the directory's hand-written statements, each kept per tenant.
/// </summary>
public sealed class TenantTests
{
    private const string Other = "suite-a";
    private const string Third = "suite-b";

    /// <summary>Far enough back that no row of a test is too old to be shown.</summary>
    private static readonly DateTimeOffset Oldest = DateTimeOffset.UnixEpoch;

    [Fact]
    public async Task Upgrade_makes_existing_mailboxes_directory_groups_and_photos_the_default_tenants()
    {
        await using var database = new TempDatabase();
        var services = database.CreateServices();
        await MigrateToBeforeTenantsAsync(services);
        await database.ScalarAsync(
            "INSERT INTO \"Mailboxes\" (\"SmtpAddress\", \"Sid\", \"DisplayName\", \"ImListMigrationCompleted\", \"Revision\") " +
            $"VALUES ('{StorageInitializerTests.UpgradedAddress}', '{StorageInitializerTests.UpgradedSid}', 'Alice', TRUE, 3);" +
            $"INSERT INTO \"DirectoryGroups\" (\"SmtpAddress\", \"DisplayName\") VALUES ('{StorageInitializerTests.UpgradedGroup}', 'Sales');" +
            "INSERT INTO \"UserPhotos\" (\"NormalizedAddress\", \"ContentType\", \"Content\", \"Tag\", \"ChangedAt\") " +
            $"VALUES ('{StorageInitializerTests.UpgradedAddress}', 'image/png', '\\x89504e47', 'tag-1', '2026-01-01 00:00:00+00');");

        await StorageInitializerTests.UpgradedRowsAreTheDefaultTenantsAsync(database, services);
    }

    [Fact]
    public async Task Upgrade_makes_existing_journal_entries_and_chaos_rules_the_default_tenants()
    {
        await using var database = new TempDatabase();
        var services = database.CreateServices();
        await MigrateToBeforeTenantsAsync(services);
        await database.ScalarAsync(
            "INSERT INTO \"JournalEntries\" (\"Time\", \"Replica\", \"Mailbox\", \"Operation\", \"ResponseClass\", \"ResponseCode\", \"Status\", " +
            "\"DurationMs\", \"Injected\", \"RequestHeaders\", \"Request\", \"Response\", \"Truncated\") " +
            "VALUES (now(), 'replica-1', 'alice@contoso.com', 'GetImItemList', 'Success', 'NoError', 200, 1.5, NULL, '{}', '\\x3c612f3e', NULL, FALSE);" +
            "INSERT INTO \"ChaosRules\" (\"Definition\", \"Remaining\", \"Configured\") VALUES ('{\"operation\": \"AddImGroup\"}', 2, FALSE);");

        await services.GetRequiredService<StorageInitializer>().InitializeAsync(null, CancellationToken.None);

        var (journal, rules) = Shared(services);
        var entry = (await journal.ListAsync(Filter(TenantNames.Default), Oldest, CancellationToken.None)).Should().ContainSingle().Subject;
        (entry.Tenant, entry.Mailbox, entry.Operation).Should().Be((TenantNames.Default, "alice@contoso.com", "GetImItemList"));
        (await journal.FindAsync(TenantNames.Default, entry.Id, Oldest, CancellationToken.None))!.Request.Should().Equal((byte)'<', (byte)'a', (byte)'/', (byte)'>');
        (await journal.CountAsync(TenantNames.Default, Oldest, CancellationToken.None)).Should().Be(1);
        (await journal.ListAsync(Filter(Other), Oldest, CancellationToken.None)).Should().BeEmpty();
        (await journal.FindAsync(Other, entry.Id, Oldest, CancellationToken.None)).Should().BeNull();
        var rule = (await rules.ListAsync(TenantNames.Default, CancellationToken.None)).Should().ContainSingle().Subject;
        (rule.Remaining, rule.Hits).Should().Be((2, 0L));
        (await rules.ListAsync(Other, CancellationToken.None)).Should().BeEmpty();
    }

    [Fact]
    public async Task The_shared_journal_lists_counts_finds_and_clears_each_tenants_entries_alone()
    {
        await using var database = new TempDatabase();
        var (journal, _) = Shared(await database.StartAsync());
        await journal.AppendAsync(
            [Entry(TenantNames.Default, "GetImItemList"), Entry(Other, "AddImGroup"), Entry(Other, "RemoveImGroup"), Entry(Third, "AddImGroup")],
            maxEntries: 100,
            Oldest,
            CancellationToken.None);

        var others = await journal.ListAsync(Filter(Other), Oldest, CancellationToken.None);
        others.Select(e => e.Operation).Should().Equal("RemoveImGroup", "AddImGroup");
        others.Should().OnlyContain(e => e.Tenant == Other);
        (await journal.ListAsync(Filter(Other) with { Operation = "addimgroup" }, Oldest, CancellationToken.None)).Should().ContainSingle()
            .Which.Id.Should().Be(others[1].Id, "a filter narrows the tenant's entries, never widens them to another's");
        (await journal.CountAsync(Other, Oldest, CancellationToken.None)).Should().Be(2);
        (await journal.CountAsync(TenantNames.Default, Oldest, CancellationToken.None)).Should().Be(1);
        (await journal.FindAsync(Third, others[0].Id, Oldest, CancellationToken.None)).Should().BeNull();
        (await journal.FindAsync(Other, others[0].Id, Oldest, CancellationToken.None)).Should().NotBeNull();

        await journal.ClearAsync(Other, CancellationToken.None);

        (await journal.CountAsync(Other, Oldest, CancellationToken.None)).Should().Be(0);
        (await journal.ListAsync(Filter(TenantNames.Default), Oldest, CancellationToken.None)).Select(e => e.Operation).Should().Equal("GetImItemList");
        (await journal.ListAsync(Filter(Third), Oldest, CancellationToken.None)).Select(e => e.Operation).Should().Equal("AddImGroup");
    }

    [Fact]
    public async Task The_shared_chaos_rules_list_remove_and_clear_each_tenants_rules_alone()
    {
        await using var database = new TempDatabase();
        var (_, rules) = Shared(await database.StartAsync());
        await rules.AddConfiguredAsync([("{\"operation\": \"GetImItemList\"}", null)], CancellationToken.None);
        var added = await rules.AddAsync(TenantNames.Default, "{\"operation\": \"AddImGroup\"}", 1, CancellationToken.None);
        var others = await rules.AddAsync(Other, "{\"operation\": \"AddImGroup\"}", null, CancellationToken.None);
        await rules.AddAsync(Other, "{\"operation\": \"RemoveImGroup\"}", null, CancellationToken.None);
        var thirds = await rules.AddAsync(Third, "{\"operation\": \"AddImGroup\"}", 3, CancellationToken.None);

        // Configured rules are the default tenant's.
        (await rules.ListAsync(TenantNames.Default, CancellationToken.None)).Should().HaveCount(2).And.Contain(added);
        (await rules.ListAsync(Other, CancellationToken.None)).Should().HaveCount(2).And.Contain(others);

        // A rule is removed only through the tenant it belongs to.
        (await rules.RemoveAsync(Other, thirds.Id, CancellationToken.None)).Should().BeFalse();
        (await rules.ListAsync(Third, CancellationToken.None)).Should().Equal(thirds);

        await rules.ClearAsync(Other, CancellationToken.None);

        (await rules.ListAsync(Other, CancellationToken.None)).Should().BeEmpty();
        (await rules.ListAsync(TenantNames.Default, CancellationToken.None)).Should().HaveCount(2);
        (await rules.ListAsync(Third, CancellationToken.None)).Should().Equal(thirds);
    }

    [Fact]
    public async Task Two_replicas_give_one_address_in_two_tenants_two_mailboxes()
    {
        await using var database = new TempDatabase();
        var first = (await database.StartAsync()).GetRequiredService<IMailboxDirectory>();
        var second = (await database.StartAsync()).GetRequiredService<IMailboxDirectory>();
        first.Should().BeOfType<PostgreSqlMailboxDirectory>();

        // Ten creations in each tenant at once, half through each replica: the losers of each tenant's race read its winner.
        var created = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            using var scope = TenantScope.Enter(i % 4 < 2 ? Other : Third);
            return (Tenant: TenantScope.Current, Mailbox: await (i % 2 == 0 ? first : second).GetOrCreateAsync("erin@contoso.com", CancellationToken.None));
        })));

        var byTenant = created.GroupBy(c => c.Tenant).ToDictionary(g => g.Key, g => g.Select(c => c.Mailbox).Distinct().Should().ContainSingle().Subject);
        var inOther = byTenant[Other];
        var inThird = byTenant[Third];
        inOther.Id.Should().NotBe(inThird.Id);
        inOther.Sid.Should().NotBe(inThird.Sid);
        using (TenantScope.Enter(Other))
        {
            (await second.FindBySidAsync(inOther.Sid, CancellationToken.None)).Should().Be(inOther);
            (await first.FindBySidAsync(inThird.Sid, CancellationToken.None)).Should().BeNull();
        }

        (await first.FindBySidAsync(inOther.Sid, CancellationToken.None)).Should().BeNull("the default tenant has no such mailbox");
        (await database.ScalarAsync("SELECT COUNT(*) FROM \"Mailboxes\"")).Should().Be(2L);
    }

    [Fact]
    public async Task Twenty_new_tenants_at_once_across_two_replicas_make_exactly_the_most_the_store_may_hold()
    {
        await using var database = new TempDatabase();
        var first = (await database.StartAsync()).GetRequiredService<TenantIdKeys>();
        var second = (await database.StartAsync()).GetRequiredService<TenantIdKeys>();

        // Each replica lets one writer through at a time; the two replicas' writers meet in the database only.
        var made = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() =>
            (i % 2 == 0 ? first : second).LoadAsync($"suite-{i}", 5, CancellationToken.None).AsTask())));

        made.Count(m => m).Should().Be(5);
        (await database.ScalarAsync("SELECT COUNT(*) FROM \"Tenants\"")).Should().Be(5L);
    }

    private static async Task MigrateToBeforeTenantsAsync(IServiceProvider services)
    {
        await using var db = await TempDatabase.OpenAsync(services);
        var before = db.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_Tenants", StringComparison.Ordinal)).Last();
        await db.GetService<IMigrator>().MigrateAsync(before);
    }

    private static (SharedJournal Journal, SharedChaosRules Rules) Shared(IServiceProvider services)
    {
        var dataSource = services.GetRequiredService<NpgsqlDataSource>();
        return (new SharedJournal(dataSource), new SharedChaosRules(dataSource));
    }

    private static JournalRowFilter Filter(string tenant) => new(tenant, Mailbox: null, Operation: null, ResponseCode: null, Since: null, Limit: 50);

    private static JournalRow Entry(string tenant, string operation) => new(
        0, DateTimeOffset.UtcNow, "replica-1", "alice@contoso.com", operation, "Success", "NoError", 200, 1.5, null, "{}", null, null, false, tenant);
}
