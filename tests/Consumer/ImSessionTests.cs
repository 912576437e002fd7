using Ews.ImGroups.Client;
using Ews.ImGroups.Testing;

namespace Ews.ImGroups.Consumer.Tests;

/// <summary>A whole IM session through the packages: the server in process, the UCS client, the control API's client and the journal.</summary>
public sealed class ImSessionTests
{
    [Fact]
    public async Task Session_of_a_seeded_mailbox_is_seen_by_the_control_api_and_the_journal()
    {
        await using var server = await EwsImGroupsServer.StartAsync(o =>
            o.Mailbox("alice@contoso.com", "Alice Anders")
                .Contact("bob", "Bob Brown", "sip:bob@contoso.com", c => c.EmailAddress = "bob@contoso.com")
                .Group("Team", "bob"));
        var alice = server.CreateClient("alice@contoso.com");

        var seeded = await alice.GetImItemListAsync();
        var team = Assert.Single(seeded.Groups, g => g.DisplayName == "Team");
        var shift = await alice.AddImGroupAsync("Night shift");
        var carol = await alice.AddNewImContactToGroupAsync("sip:carol@fabrikam.com", "Carol Clark", shift.ExchangeStoreId!);
        await alice.SetImGroupAsync(shift.ExchangeStoreId!, "Day shift");
        await alice.RemoveImContactFromGroupAsync(Assert.Single(team.MemberCorrelationKey), team.ExchangeStoreId!);
        var failure = await Assert.ThrowsAsync<EwsResponseException>(() => alice.SetImGroupAsync(shift.ExchangeStoreId!, "Team"));

        var list = await server.Admin.GetImListAsync("alice@contoso.com");
        Assert.DoesNotContain(list.Groups, g => g.DisplayName == "Night shift");
        Assert.Empty(Assert.Single(list.Groups, g => g.DisplayName == "Team").MemberIds);
        Assert.Single(Assert.Single(list.Groups, g => g.DisplayName == "Day shift").MemberIds);
        Assert.Equal("ErrorImGroupDisplayNameAlreadyExists", failure.ResponseCode);
        Assert.NotNull(carol.PersonaId);
        await server.Journal.ShouldContainAsync(
            operation: "AddImGroup", mailbox: "alice@contoso.com", times: 1, requestContains: "DisplayName>Night shift<");
        await server.Journal.ShouldContainAsync(operation: "SetImGroup", responseCode: "ErrorImGroupDisplayNameAlreadyExists", times: 1);
    }
}
