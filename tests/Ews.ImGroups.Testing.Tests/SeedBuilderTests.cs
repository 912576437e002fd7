using Ews.ImGroups.Client;
using Ews.ImGroups.Testing;

namespace Ews.ImGroups.Testing.Tests;

public sealed class SeedBuilderTests
{
    [Fact]
    public async Task The_seed_built_in_code_is_the_list_a_client_reads()
    {
        await using var server = await EwsImGroupsServer.StartAsync(Seeds.AliceWithTeam);

        var list = await server.CreateClient("alice@contoso.com").GetImItemListAsync();

        list.Groups.Where(g => g.GroupType == ImGroupTypes.UserGroup).Select(g => g.DisplayName)
            .Should().BeEquivalentTo("Team", "Partners");
        list.Groups.Single(g => g.DisplayName == "Team").MemberCorrelationKey.Should().ContainSingle();
        list.Personas.Select(p => p.DisplayName).Should().BeEquivalentTo("Bob Brown", "Carol Clark");
    }

    [Fact]
    public async Task A_distribution_group_of_the_directory_can_be_seeded_onto_a_list()
    {
        await using var server = await EwsImGroupsServer.StartAsync(o =>
        {
            o.DistributionGroup("engineering@contoso.com", "Engineering");
            o.Mailbox("alice@contoso.com").DistributionGroup("engineering@contoso.com", "Engineering");
        });

        var list = await server.CreateClient("alice@contoso.com").GetImItemListAsync();

        list.Groups.Should().ContainSingle(g => g.GroupType == ImGroupTypes.DistributionGroup)
            .Which.SmtpAddress.Should().Be("engineering@contoso.com");
    }

    [Fact]
    public void A_group_naming_a_contact_not_added_before_it_is_refused()
    {
        var options = new EwsImGroupsServerOptions();

        var group = () => options.Mailbox("alice@contoso.com").Contact("bob", "Bob Brown", "sip:bob@contoso.com").Group("Team", "bob", "zoe");

        group.Should().Throw<ArgumentException>().WithMessage("*Team*alice@contoso.com*zoe*");
    }

    [Fact]
    public void The_same_address_names_one_mailbox_of_the_seed()
    {
        var options = new EwsImGroupsServerOptions();

        options.Mailbox("alice@contoso.com").Contact("bob", "Bob Brown");
        options.Mailbox("Alice@Contoso.com").Contact("carol", "Carol Clark");

        options.Mailboxes.Should().ContainSingle().Which.Contacts.Select(c => c.Key).Should().Equal("bob", "carol");
    }
}
