using Ews.ImGroups.Testing;
using Ews.ImGroups.Testing.Journal;

namespace Ews.ImGroups.Testing.Tests;

public sealed class JournalAssertionTests
{
    [Fact]
    public async Task An_exchange_the_journal_holds_passes_and_is_returned()
    {
        await using var server = await EwsImGroupsServer.StartAsync(Seeds.AliceWithTeam);
        await server.CreateClient("alice@contoso.com").AddImGroupAsync("Night shift");

        var found = await server.Journal.ShouldContainAsync(
            operation: "AddImGroup", mailbox: "alice@contoso.com", times: 1, requestContains: "DisplayName>Night shift<");

        found.Should().ContainSingle().Which.ResponseCode.Should().Be("NoError");
    }

    [Fact]
    public async Task A_count_the_journal_does_not_hold_fails_with_what_it_holds()
    {
        await using var server = await EwsImGroupsServer.StartAsync(Seeds.AliceWithTeam);
        var alice = server.CreateClient("alice@contoso.com");
        await alice.AddImGroupAsync("Night shift");
        await alice.GetImItemListAsync();

        var assertion = () => server.Journal.ShouldContainAsync(operation: "AddImGroup", mailbox: "alice@contoso.com", times: 2);

        var failure = await assertion.Should().ThrowAsync<JournalAssertionException>();
        failure.Which.Message.Should().StartWith(
            "Expected the journal to hold exactly 2 exchange(s) with operation AddImGroup, mailbox alice@contoso.com, but found 1. "
            + "The journal holds 2 exchange(s), newest first:");
        failure.Which.Message.Should().MatchRegex(@"\n  #\d+ GetImItemList by alice@contoso\.com: Success NoError, HTTP 200\r?\n  #\d+ AddImGroup by alice@contoso\.com: Success NoError, HTTP 200$");
    }

    [Fact]
    public async Task Request_text_that_no_request_holds_fails()
    {
        await using var server = await EwsImGroupsServer.StartAsync(Seeds.AliceWithTeam);
        await server.CreateClient("alice@contoso.com").AddImGroupAsync("Night shift");

        var assertion = () => server.Journal.ShouldContainAsync(operation: "AddImGroup", requestContains: "DisplayName>Day shift<");

        (await assertion.Should().ThrowAsync<JournalAssertionException>())
            .Which.Message.Should().Contain("at least 1 exchange(s) with operation AddImGroup, a request containing \"DisplayName>Day shift<\", but found 0");
    }

    [Fact]
    public async Task An_empty_journal_says_so()
    {
        await using var server = await EwsImGroupsServer.StartAsync();

        var assertion = () => server.Journal.ShouldContainAsync(operation: "AddImGroup");

        (await assertion.Should().ThrowAsync<JournalAssertionException>())
            .Which.Message.Should().Be("Expected the journal to hold at least 1 exchange(s) with operation AddImGroup, but found 0. The journal is empty.");
    }

    [Fact]
    public async Task Times_zero_asserts_an_exchange_never_happened()
    {
        await using var server = await EwsImGroupsServer.StartAsync(Seeds.AliceWithTeam);
        await server.CreateClient("alice@contoso.com").GetImItemListAsync();

        var found = await server.Journal.ShouldContainAsync(operation: "RemoveImGroup", times: 0);

        found.Should().BeEmpty();
    }
}
