using System.Net;
using Ews.ImGroups.Admin.Tests.Infrastructure;

namespace Ews.ImGroups.Admin.Tests;

/// <summary>What the client puts on the wire, and how it reads refusals, without a server.</summary>
public sealed class RequestTests
{
    /// <summary>One call of every method, with values that show in the path.</summary>
    private static readonly Dictionary<string, Func<EwsImGroupsAdminClient, Task>> Calls = new()
    {
        [nameof(EwsImGroupsAdminClient.GetServerAsync)] = c => c.GetServerAsync(),
        [nameof(EwsImGroupsAdminClient.ListMailboxesAsync)] = c => c.ListMailboxesAsync(),
        [nameof(EwsImGroupsAdminClient.CreateMailboxAsync)] = c => c.CreateMailboxAsync(new NewMailbox("x@contoso.com")),
        [nameof(EwsImGroupsAdminClient.GetMailboxAsync)] = c => c.GetMailboxAsync("x@contoso.com"),
        [nameof(EwsImGroupsAdminClient.DeleteMailboxAsync)] = c => c.DeleteMailboxAsync("x@contoso.com"),
        [nameof(EwsImGroupsAdminClient.GetImListAsync)] = c => c.GetImListAsync("x@contoso.com"),
        [nameof(EwsImGroupsAdminClient.AddToImListAsync)] = c => c.AddToImListAsync("x@contoso.com", []),
        [nameof(EwsImGroupsAdminClient.ResetMailboxAsync)] = c => c.ResetMailboxAsync("x@contoso.com"),
        [nameof(EwsImGroupsAdminClient.SeedAsync)] = c => c.SeedAsync(new SeedDocument([])),
        [nameof(EwsImGroupsAdminClient.ResetAsync)] = c => c.ResetAsync(),
        [nameof(EwsImGroupsAdminClient.ExportAsync)] = c => c.ExportAsync(),
        [nameof(EwsImGroupsAdminClient.ImportAsync)] = c => c.ImportAsync(new SeedDocument([])),
        [nameof(EwsImGroupsAdminClient.GetPhotoAsync)] = c => c.GetPhotoAsync("x@contoso.com"),
        [nameof(EwsImGroupsAdminClient.SetPhotoAsync)] = c => c.SetPhotoAsync("x@contoso.com", [1], "image/png"),
        [nameof(EwsImGroupsAdminClient.DeletePhotoAsync)] = c => c.DeletePhotoAsync("x@contoso.com"),
        [nameof(EwsImGroupsAdminClient.QueryJournalAsync)] = c => c.QueryJournalAsync(),
        [nameof(EwsImGroupsAdminClient.GetJournalEntryAsync)] = c => c.GetJournalEntryAsync(7),
        [nameof(EwsImGroupsAdminClient.ClearJournalAsync)] = c => c.ClearJournalAsync(),
        [nameof(EwsImGroupsAdminClient.ListChaosRulesAsync)] = c => c.ListChaosRulesAsync(),
        [nameof(EwsImGroupsAdminClient.AddChaosRuleAsync)] = c => c.AddChaosRuleAsync(new ChaosRule(ChaosEffect.DropConnection)),
        [nameof(EwsImGroupsAdminClient.DeleteChaosRuleAsync)] = c => c.DeleteChaosRuleAsync(7),
        [nameof(EwsImGroupsAdminClient.ClearChaosRulesAsync)] = c => c.ClearChaosRulesAsync(),
        [nameof(EwsImGroupsAdminClient.WatchChangesAsync)] = c => c.WatchChangesAsync().GetAsyncEnumerator().MoveNextAsync().AsTask(),
    };

    [Fact]
    public async Task Each_method_sends_the_request_of_its_route()
    {
        Calls.Keys.Should().BeEquivalentTo(EwsImGroupsAdminClient.Routes.Select(r => r.ClientMethod));

        foreach (var route in EwsImGroupsAdminClient.Routes)
        {
            var handler = new RefusingHandler();
            await Calls[route.ClientMethod](handler.Client()).Invoking(call => call).Should().ThrowAsync<EwsImGroupsAdminException>();

            var sent = handler.Requests.Should().ContainSingle().Subject;
            var expectedPath = route.Template.Replace("{address}", "x%40contoso.com", StringComparison.Ordinal).Replace("{id}", "7", StringComparison.Ordinal);
            $"{sent.Method} {sent.RequestUri!.AbsolutePath}".Should().Be($"{route.Method} {expectedPath}", route.ClientMethod);
        }
    }

    [Fact]
    public async Task A_path_prefix_of_the_base_address_is_kept_and_addresses_are_escaped_as_one_segment()
    {
        var handler = new RefusingHandler();

        await handler.Client("http://127.0.0.1:1234/tests/ews").Invoking(c => c.GetImListAsync("a/b?c#d%e@contoso.com"))
            .Should().ThrowAsync<EwsImGroupsAdminException>();

        handler.Requests.Single().RequestUri!.AbsoluteUri
            .Should().Be("http://127.0.0.1:1234/tests/ews/admin/api/mailboxes/a%2Fb%3Fc%23d%25e%40contoso.com/imlist");
    }

    [Fact]
    public async Task Journal_filters_go_into_the_query_and_unset_ones_stay_out()
    {
        var handler = new RefusingHandler();
        var query = new JournalQuery(
            Mailbox: "alice@contoso.com", Operation: "AddImGroup", ResponseCode: "ErrorServerBusy",
            Since: new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.FromHours(2)), Limit: 5);

        await handler.Client().Invoking(c => c.QueryJournalAsync(query)).Should().ThrowAsync<EwsImGroupsAdminException>();
        await handler.Client().Invoking(c => c.QueryJournalAsync(new JournalQuery(Operation: "GetImItemList"))).Should().ThrowAsync<EwsImGroupsAdminException>();
        await handler.Client().Invoking(c => c.ListMailboxesAsync(offset: 100, limit: 50)).Should().ThrowAsync<EwsImGroupsAdminException>();

        handler.Requests.Select(r => r.RequestUri!.Query).Should().Equal(
            "?mailbox=alice%40contoso.com&operation=AddImGroup&code=ErrorServerBusy&since=2026-03-04T05%3A06%3A07.0000000%2B02%3A00&limit=5",
            "?operation=GetImItemList",
            "?offset=100&limit=50");
    }

    [Fact]
    public async Task The_token_goes_as_a_bearer_token_and_no_token_sends_no_authorization()
    {
        var handler = new RefusingHandler();

        await handler.Client(token: "a-token-of-sixteen-or-more").Invoking(c => c.ResetAsync()).Should().ThrowAsync<EwsImGroupsAdminException>();
        await handler.Client().Invoking(c => c.ResetAsync()).Should().ThrowAsync<EwsImGroupsAdminException>();

        handler.Requests[0].Headers.Authorization!.ToString().Should().Be("Bearer a-token-of-sixteen-or-more");
        handler.Requests[1].Headers.Authorization.Should().BeNull();
    }

    [Fact]
    public async Task Problem_details_become_the_exceptions_status_title_and_detail()
    {
        var refusal = await new RefusingHandler().Client().Invoking(c => c.GetMailboxAsync("x@contoso.com"))
            .Should().ThrowAsync<EwsImGroupsAdminException>();

        refusal.Which.Status.Should().Be(HttpStatusCode.NotFound);
        refusal.Which.Title.Should().Be("No such mailbox");
        refusal.Which.Detail.Should().Be("There is no mailbox 'x@contoso.com'.");
        refusal.Which.Message.Should().Be("404 No such mailbox: There is no mailbox 'x@contoso.com'.");
    }

    [Fact]
    public async Task An_answer_that_is_not_problem_details_gives_its_reason_and_text()
    {
        var handler = new RefusingHandler(HttpStatusCode.BadGateway, "text/plain", "upstream went away\n");

        var refusal = await handler.Client().Invoking(c => c.GetServerAsync()).Should().ThrowAsync<EwsImGroupsAdminException>();

        refusal.Which.Status.Should().Be(HttpStatusCode.BadGateway);
        refusal.Which.Title.Should().Be("Bad Gateway");
        refusal.Which.Detail.Should().Be("upstream went away");
    }

    [Fact]
    public void Options_need_an_absolute_http_address_and_no_blank_token()
    {
        var http = new HttpClient();

        var relative = () => new EwsImGroupsAdminClient(http, new EwsImGroupsAdminClientOptions { BaseAddress = new Uri("/x", UriKind.Relative) });
        var ftp = () => new EwsImGroupsAdminClient(http, new EwsImGroupsAdminClientOptions { BaseAddress = new Uri("ftp://host/") });
        var blank = () => new EwsImGroupsAdminClient(http, new EwsImGroupsAdminClientOptions { BaseAddress = new Uri("http://host/"), AdminToken = " " });

        relative.Should().Throw<ArgumentException>();
        ftp.Should().Throw<ArgumentException>();
        blank.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_seed_document_round_trips_through_its_json_with_the_seed_files_names()
    {
        var document = new SeedDocument(
            [new SeedMailbox("alice@contoso.com", "Alice", Contacts: [new SeedContact("zoe", "Zoe Zimmer", ImAddress: "sip:zoe@fabrikam.com", Folder: ContactFolder.QuickContacts)],
                Groups: [new SeedGroup("Book club", Members: ["zoe"])])],
            IdKey: "HcVjzqPVxBNYmP5RnCLCF90eRTgY0LU4AdE9RmBfFMg=");

        var json = document.ToJson();

        json.Should().Contain("\"smtpAddress\": \"alice@contoso.com\"").And.Contain("\"folder\": \"QuickContacts\"").And.NotContain("null");
        var read = SeedDocument.FromJson(json);
        read.IdKey.Should().Be(document.IdKey);
        read.Mailboxes![0].Contacts![0].Should().Be(document.Mailboxes![0].Contacts![0]);
        read.Mailboxes[0].Groups![0].Members.Should().Equal("zoe");
    }
}
