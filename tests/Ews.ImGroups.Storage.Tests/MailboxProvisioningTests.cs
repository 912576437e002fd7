using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Mailboxes;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Storage.Tests;

/// <summary>Every mailbox starts with the system groups, however it came to exist.</summary>
public class MailboxProvisioningTests
{
    private const string NewAddress = "erin@contoso.com";

    [Fact]
    public async Task GetOrCreateAsync_new_mailbox_has_exactly_the_system_groups_in_order()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync();

        var mailbox = await services.GetRequiredService<IMailboxDirectory>().GetOrCreateAsync(NewAddress, CancellationToken.None);

        await ShouldHaveSystemGroupsOnlyAsync(services, mailbox.Id);
    }

    [Fact]
    public async Task GetOrCreateAsync_twenty_parallel_calls_for_new_address_provision_the_system_groups_once()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync();
        var directory = services.GetRequiredService<IMailboxDirectory>();

        var mailboxes = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(_ => Task.Run(() => directory.GetOrCreateAsync(NewAddress, CancellationToken.None))));

        await ShouldHaveSystemGroupsOnlyAsync(services, mailboxes[0].Id);
        (await database.ScalarAsync("SELECT COUNT(*) FROM \"Groups\"")).Should().Be((long)SystemGroups.All.Count);
    }

    [Theory]
    [InlineData(TestSeeds.AliceSmtp)]
    [InlineData(TestSeeds.BobSmtp)]
    public async Task ApplySeed_seeded_mailbox_has_exactly_the_system_groups_in_order(string smtp)
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync(TestSeeds.AliceAndBob());

        var mailbox = await StoreQueries.MailboxAsync(services, smtp);

        await ShouldHaveSystemGroupsOnlyAsync(services, mailbox.Id);
    }

    [Fact]
    public async Task ApplySeed_second_start_with_same_seed_adds_no_system_groups()
    {
        await using var database = new TempDatabase();
        await database.StartAsync(TestSeeds.AliceAndBob());

        var services = await database.StartAsync(TestSeeds.AliceAndBob());

        await ShouldHaveSystemGroupsOnlyAsync(services, (await StoreQueries.MailboxAsync(services, TestSeeds.AliceSmtp)).Id);
        (await database.ScalarAsync("SELECT COUNT(*) FROM \"Groups\"")).Should().Be(2L * SystemGroups.All.Count);
    }

    private static async Task ShouldHaveSystemGroupsOnlyAsync(IServiceProvider services, long mailboxId)
    {
        var groups = await StoreQueries.GroupsAsync(services, mailboxId);
        groups.Select(g => (g.DisplayName, g.GroupType)).Should().Equal(SystemGroups.All);
        groups.Select(g => g.NormalizedDisplayName).Should().Equal(SystemGroups.All.Select(s => GroupNames.Normalize(s.DisplayName)));
        groups.Should().OnlyContain(g => g.Version == 0 && g.SmtpAddress == null);
    }
}
