using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.People;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Storage.Tests;

public class EfPeopleStoreTests
{
    [Fact]
    public async Task ReadContactsAsync_reads_every_contact_of_the_mailbox_and_no_other()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync(TestSeeds.AliceAndBob());
        var alice = (await StoreQueries.MailboxAsync(services, TestSeeds.AliceSmtp)).Id;

        var contacts = await People(services).ReadContactsAsync(alice, CancellationToken.None);

        contacts.Select(c => c.Details.DisplayName).Should().BeEquivalentTo("Bob Brown", "Carol Clark", "Dave Diaz");
        contacts.Should().OnlyContain(c => c.MailboxId == alice && c.Folder == ContactFolder.Contacts);
    }

    [Theory]
    [InlineData("ANDERS", new[] { "alice@contoso.com" })]
    [InlineData("sup", new[] { "support@contoso.com" })]
    [InlineData("contoso", new[] { "alice@contoso.com", "bob@contoso.com", "sales@contoso.com", "support@contoso.com" })]
    [InlineData("b brown", new[] { "bob@contoso.com" })]
    [InlineData("nobody", new string[0])]
    public async Task SearchDirectoryAsync_returns_at_least_every_matching_user_and_group_narrowed_in_the_database(string query, string[] addresses)
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync(TestSeeds.WithDistributionGroups());

        var entries = await People(services).SearchDirectoryAsync(PeopleQuery.Parse(query)!, CancellationToken.None);

        // Narrowed by the longest word, as a "contains": "contoso" keeps every row, though no one's name or address starts with it.
        entries.Select(e => e.SmtpAddress).Should().BeEquivalentTo(addresses);
    }

    [Fact]
    public async Task SearchDirectoryAsync_answers_users_and_groups_with_their_numbers_addresses_and_names()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync(TestSeeds.WithDistributionGroups());
        var alice = (await StoreQueries.MailboxAsync(services, TestSeeds.AliceSmtp)).Id;

        var entries = await People(services).SearchDirectoryAsync(PeopleQuery.Parse("a")!, CancellationToken.None);

        entries.Should().ContainEquivalentOf(new DirectoryEntry(DirectoryEntryKind.User, alice, TestSeeds.AliceSmtp, "Alice Anders"));
        entries.Should().ContainSingle(e => e.Kind == DirectoryEntryKind.DistributionList && e.SmtpAddress == TestSeeds.SalesSmtp && e.DisplayName == "Sales");
    }

    [Fact]
    public async Task SearchDirectoryAsync_treats_like_wildcards_in_the_query_as_text()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync(TestSeeds.WithDistributionGroups());

        var entries = await People(services).SearchDirectoryAsync(PeopleQuery.Parse("%_")!, CancellationToken.None);

        entries.Should().BeEmpty();
    }

    [Fact]
    public async Task SearchDirectoryAsync_reads_every_row_for_a_word_it_cannot_fold_in_the_database()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync(TestSeeds.WithDistributionGroups());

        var entries = await People(services).SearchDirectoryAsync(PeopleQuery.Parse("Ärger")!, CancellationToken.None);

        entries.Should().HaveCount(4);
    }

    private static IPeopleStore People(IServiceProvider services) => services.GetRequiredService<IPeopleStore>();
}
