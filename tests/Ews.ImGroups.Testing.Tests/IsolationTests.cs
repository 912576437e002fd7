using Ews.ImGroups.Testing;

namespace Ews.ImGroups.Testing.Tests;

public sealed class IsolationTests
{
    [Fact]
    public async Task Two_servers_hold_different_lists_for_the_same_mailbox_and_changes_stay_on_one()
    {
        await using var first = await EwsImGroupsServer.StartAsync(o =>
            o.Mailbox("alice@contoso.com").Contact("bob", "Bob Brown", "sip:bob@contoso.com").Group("First team", "bob"));
        await using var second = await EwsImGroupsServer.StartAsync(o =>
            o.Mailbox("alice@contoso.com").Contact("carol", "Carol Clark", "sip:carol@contoso.com").Group("Second team", "carol"));

        await first.CreateClient("alice@contoso.com").AddImGroupAsync("Only on the first");
        var onFirst = await first.CreateClient("alice@contoso.com").GetImItemListAsync();
        var onSecond = await second.CreateClient("alice@contoso.com").GetImItemListAsync();

        first.BaseAddress.Should().NotBe(second.BaseAddress);
        first.DataDirectory.Should().NotBe(second.DataDirectory);
        onFirst.Groups.Select(g => g.DisplayName).Should().Contain(["First team", "Only on the first"]).And.NotContain("Second team");
        onSecond.Groups.Select(g => g.DisplayName).Should().Contain("Second team").And.NotContain(["First team", "Only on the first"]);
        onFirst.Personas.Select(p => p.DisplayName).Should().Equal("Bob Brown");
        onSecond.Personas.Select(p => p.DisplayName).Should().Equal("Carol Clark");
        await first.Journal.ShouldContainAsync(operation: "AddImGroup", times: 1);
        await second.Journal.ShouldContainAsync(operation: "AddImGroup", times: 0);
    }
}
