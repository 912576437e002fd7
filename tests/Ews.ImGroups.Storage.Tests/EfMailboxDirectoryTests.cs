using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Mailboxes;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Storage.Tests;

public class EfMailboxDirectoryTests
{
    private const string NewAddress = "erin@contoso.com";

    [Fact]
    public async Task GetOrCreateAsync_new_address_creates_mailbox_with_account_sid()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync();

        var mailbox = await MailboxDirectory(services).GetOrCreateAsync(NewAddress, CancellationToken.None);

        mailbox.SmtpAddress.Should().Be(NewAddress);
        mailbox.Sid.Should().StartWith("S-1-5-21-");
        (await StoreQueries.MailboxAsync(services, NewAddress)).Id.Should().Be(mailbox.Id);
    }

    [Fact]
    public async Task GetOrCreateAsync_repeated_calls_return_same_mailbox()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync();
        var first = await MailboxDirectory(services).GetOrCreateAsync(NewAddress, CancellationToken.None);

        var second = await MailboxDirectory(services).GetOrCreateAsync(NewAddress, CancellationToken.None);
        // A new process has an empty cache and must find the row.
        var afterRestart = await MailboxDirectory(await database.StartAsync()).GetOrCreateAsync(NewAddress, CancellationToken.None);

        second.Should().Be(first);
        afterRestart.Should().Be(first);
        (await database.ScalarAsync("SELECT COUNT(*) FROM \"Mailboxes\"")).Should().Be(1L);
    }

    [Fact]
    public async Task GetOrCreateAsync_twenty_parallel_calls_for_new_address_create_one_mailbox()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync();
        var directory = MailboxDirectory(services);

        var mailboxes = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(_ => Task.Run(() => directory.GetOrCreateAsync(NewAddress, CancellationToken.None))));

        mailboxes.Select(m => m.Id).Distinct().Should().ContainSingle();
        (await database.ScalarAsync("SELECT COUNT(*) FROM \"Mailboxes\"")).Should().Be(1L);
    }

    [Fact]
    public async Task GetOrCreateWithinAsync_full_store_refuses_a_new_address_and_still_returns_existing_ones()
    {
        await using var database = new TempDatabase();
        var directory = MailboxDirectory(await database.StartAsync());
        var first = await directory.GetOrCreateWithinAsync(NewAddress, 2, CancellationToken.None);
        var second = await directory.GetOrCreateWithinAsync("frank@contoso.com", 2, CancellationToken.None);

        var refused = await directory.GetOrCreateWithinAsync("grace@contoso.com", 2, CancellationToken.None);
        var existing = await directory.GetOrCreateWithinAsync(NewAddress, 2, CancellationToken.None);
        // A new process has nothing remembered and must find the row rather than count.
        var afterRestart = await MailboxDirectory(await database.StartAsync()).GetOrCreateWithinAsync("frank@contoso.com", 2, CancellationToken.None);

        first.Should().NotBeNull();
        second.Should().NotBeNull();
        refused.Should().BeNull();
        existing.Should().Be(first);
        afterRestart.Should().Be(second);
        (await database.ScalarAsync("SELECT COUNT(*) FROM \"Mailboxes\"")).Should().Be(2L);
    }

    [Fact]
    public async Task GetOrCreateWithinAsync_twenty_parallel_new_addresses_create_exactly_the_limit()
    {
        await using var database = new TempDatabase();
        var directory = MailboxDirectory(await database.StartAsync());

        var mailboxes = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(i => Task.Run(() => directory.GetOrCreateWithinAsync($"user{i}@contoso.com", 5, CancellationToken.None))));

        mailboxes.Count(m => m is not null).Should().Be(5);
        (await database.ScalarAsync("SELECT COUNT(*) FROM \"Mailboxes\"")).Should().Be(5L);
    }

    [Fact]
    public async Task GetOrCreateAsync_seeded_address_returns_seeded_mailbox()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync(TestSeeds.AliceAndBob());

        var mailbox = await MailboxDirectory(services).GetOrCreateAsync(TestSeeds.AliceSmtp, CancellationToken.None);

        mailbox.Sid.Should().Be(TestSeeds.AliceSid);
        (await database.ScalarAsync("SELECT COUNT(*) FROM \"Mailboxes\"")).Should().Be(2L);
    }

    [Theory]
    [InlineData(TestSeeds.AliceSid, TestSeeds.AliceSmtp)]
    [InlineData(TestSeeds.BobSid, TestSeeds.BobSmtp)]
    public async Task FindBySidAsync_seeded_sid_returns_mailbox(string sid, string smtp)
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync(TestSeeds.AliceAndBob());

        var mailbox = await MailboxDirectory(services).FindBySidAsync(sid, CancellationToken.None);

        mailbox.Should().NotBeNull();
        mailbox!.SmtpAddress.Should().Be(smtp);
        mailbox.Sid.Should().Be(sid);
    }

    [Fact]
    public async Task FindBySidAsync_unknown_sid_returns_null()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync(TestSeeds.AliceAndBob());

        var mailbox = await MailboxDirectory(services).FindBySidAsync("S-1-5-21-1-2-3-4242", CancellationToken.None);

        mailbox.Should().BeNull();
    }

    [Fact]
    public async Task FindBySidAsync_sid_of_created_mailbox_returns_it()
    {
        await using var database = new TempDatabase();
        var created = await MailboxDirectory(await database.StartAsync()).GetOrCreateAsync(NewAddress, CancellationToken.None);

        // Asked of a fresh directory so the answer comes from the database, not the creating instance's cache.
        var found = await MailboxDirectory(await database.StartAsync()).FindBySidAsync(created.Sid, CancellationToken.None);

        found.Should().Be(created);
    }

    [Fact]
    public async Task FindDistributionGroupAsync_seeded_group_returns_it_under_its_normalized_address()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync(TestSeeds.WithDistributionGroups());

        var group = await MailboxDirectory(services).FindDistributionGroupAsync(TestSeeds.SalesSmtp, CancellationToken.None);

        group.Should().Be(new DirectoryGroup(TestSeeds.SalesSmtp, "Sales"));
    }

    [Theory]
    [InlineData("marketing@contoso.com")]
    [InlineData(TestSeeds.AliceSmtp)]
    public async Task FindDistributionGroupAsync_address_of_no_directory_group_returns_null(string smtpAddress)
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync(TestSeeds.WithDistributionGroups());

        var group = await MailboxDirectory(services).FindDistributionGroupAsync(smtpAddress, CancellationToken.None);

        group.Should().BeNull();
    }

    private static IMailboxDirectory MailboxDirectory(IServiceProvider services) => services.GetRequiredService<IMailboxDirectory>();
}
