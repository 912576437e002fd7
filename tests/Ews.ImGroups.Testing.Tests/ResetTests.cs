using Ews.ImGroups.Testing;

namespace Ews.ImGroups.Testing.Tests;

public sealed class ResetTests
{
    [Fact]
    public async Task Reset_brings_back_the_seeded_list_and_empties_the_journal()
    {
        await using var server = await EwsImGroupsServer.StartAsync(Seeds.AliceWithTeam);
        var alice = server.CreateClient("alice@contoso.com");
        var seeded = await alice.GetImItemListAsync();
        var added = await alice.AddImGroupAsync("Added by the test");
        await alice.AddNewImContactToGroupAsync("sip:erin@contoso.com", "Erin Evans", added.ExchangeStoreId);

        await server.ResetAsync();

        var afterReset = await alice.GetImItemListAsync();
        afterReset.Groups.Select(g => g.DisplayName).Should().BeEquivalentTo(seeded.Groups.Select(g => g.DisplayName));
        afterReset.Personas.Select(p => p.DisplayName).Should().BeEquivalentTo("Bob Brown", "Carol Clark");
        var journal = await server.Journal.ListAsync();
        journal.Should().ContainSingle().Which.Operation.Should().Be("GetImItemList");
    }
}
