using Ews.ImGroups.Testing;

namespace Ews.ImGroups.Testing.Tests;

public sealed class TenantTests
{
    [Fact]
    public async Task Two_tenants_of_one_server_hold_their_own_lists_journals_and_resets()
    {
        await using var server = await EwsImGroupsServer.StartAsync(o =>
            o.Mailbox("alice@contoso.com").Contact("bob", "Bob Brown", "sip:bob@contoso.com").Group("Seeded team", "bob"));
        var red = server.Tenant("Suite-Red");
        var blue = server.Tenant("suite-blue");

        await red.CreateClient("alice@contoso.com").AddImGroupAsync("Only on red");
        await blue.CreateClient("alice@contoso.com").AddImGroupAsync("Only on blue");
        var onRed = await red.CreateClient("alice@contoso.com").GetImItemListAsync();
        var onBlue = await blue.CreateClient("alice@contoso.com").GetImItemListAsync();
        var onDefault = await server.CreateClient("alice@contoso.com").GetImItemListAsync();

        red.EwsUrl.Should().Be(new Uri(server.BaseAddress, "t/Suite-Red/EWS/Exchange.asmx"));
        onRed.Groups.Select(g => g.DisplayName).Should().Contain("Only on red").And.NotContain(["Only on blue", "Seeded team"]);
        onBlue.Groups.Select(g => g.DisplayName).Should().Contain("Only on blue").And.NotContain(["Only on red", "Seeded team"]);
        onDefault.Groups.Select(g => g.DisplayName).Should().Contain("Seeded team").And.NotContain(["Only on red", "Only on blue"]);
        (await red.Admin.ListMailboxesAsync()).Mailboxes.Select(m => m.SmtpAddress).Should().Equal("alice@contoso.com");
        await red.Journal.ShouldContainAsync(operation: "AddImGroup", times: 1);
        await server.Journal.ShouldContainAsync(operation: "AddImGroup", times: 0);

        await red.ResetAsync();

        (await red.Admin.ListMailboxesAsync()).Total.Should().Be(0);
        await red.Journal.ShouldContainAsync(operation: "AddImGroup", times: 0);
        await blue.Journal.ShouldContainAsync(operation: "AddImGroup", times: 1);
        (await blue.CreateClient("alice@contoso.com").GetImItemListAsync()).Groups.Select(g => g.DisplayName).Should().Contain("Only on blue");
    }
}
