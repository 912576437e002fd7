using System.Net;
using Ews.ImGroups.Admin.Tests.Infrastructure;

namespace Ews.ImGroups.Admin.Tests;

/// <summary>The client against the real server with the sample seed (alice and bob), brought back to it before each test.</summary>
public sealed class ServerTests(AdminServer server) : IClassFixture<AdminServer>, IAsyncLifetime
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private readonly EwsImGroupsAdminClient admin = server.Admin();

    public Task InitializeAsync() => server.ResetEverythingAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Server_description_reads_the_mode_counts_and_limits()
    {
        var info = await admin.GetServerAsync();

        info.Authentication.Should().Be("AutoProvision");
        info.ControlApiProtected.Should().BeFalse();
        info.ExchangeVersion.Should().Be("Exchange2013");
        info.EwsUrl.Should().EndWith("/EWS/Exchange.asmx");
        info.Counts.Mailboxes.Should().Be(2);
        info.Counts.ChaosRules.Should().Be(0);
        info.Journal.MaxAge.Should().Be(TimeSpan.FromHours(1));
    }

    [Fact]
    public async Task Mailboxes_are_created_read_paged_and_deleted_with_any_address()
    {
        var created = await admin.CreateMailboxAsync(new NewMailbox("a/b?c@contoso.com", "Slashed"));
        await admin.CreateMailboxAsync(new NewMailbox("carl@contoso.com"));

        created.SmtpAddress.Should().Be("a/b?c@contoso.com");
        (await admin.GetMailboxAsync("a/b?c@contoso.com")).Should().Be(created);
        var page = await admin.ListMailboxesAsync(offset: 1, limit: 2);
        page.Should().BeEquivalentTo(new { Total = 4, Offset = 1, Limit = 2 });
        page.Mailboxes.Select(m => m.SmtpAddress).Should().Equal("alice@contoso.com", "bob@contoso.com");
        (await admin.ListMailboxesAsync()).Mailboxes.Should().HaveCount(4);

        await admin.DeleteMailboxAsync("a/b?c@contoso.com");

        var gone = await admin.Invoking(a => a.GetMailboxAsync("a/b?c@contoso.com")).Should().ThrowAsync<EwsImGroupsAdminException>();
        gone.Which.Status.Should().Be(HttpStatusCode.NotFound);
        gone.Which.Title.Should().Be("No such mailbox");
    }

    [Fact]
    public async Task Refusals_carry_the_servers_problem()
    {
        var exists = await admin.Invoking(a => a.CreateMailboxAsync(new NewMailbox("alice@contoso.com"))).Should().ThrowAsync<EwsImGroupsAdminException>();
        var badPage = await admin.Invoking(a => a.ListMailboxesAsync(limit: 0)).Should().ThrowAsync<EwsImGroupsAdminException>();
        var badRule = await admin.Invoking(a => a.AddChaosRuleAsync(new ChaosRule(ChaosEffect.ErrorResponse))).Should().ThrowAsync<EwsImGroupsAdminException>();

        exists.Which.Status.Should().Be(HttpStatusCode.Conflict);
        exists.Which.Detail.Should().Be("A mailbox 'alice@contoso.com' already exists.");
        badPage.Which.Status.Should().Be(HttpStatusCode.BadRequest);
        badRule.Which.Detail.Should().Be("an ErrorResponse rule needs a responseCode.");
    }

    [Fact]
    public async Task A_seeded_mailbox_shows_its_list_with_ids_and_takes_more_contacts()
    {
        await admin.SeedAsync(new SeedDocument(
            [new SeedMailbox("zed@contoso.com", "Zed", Contacts: [new SeedContact("amy", "Amy Adams", "Amy", "Adams", "amy@contoso.com", "sip:amy@contoso.com")],
                Groups: [new SeedGroup("Book club", Members: ["amy"])])]));

        await admin.AddToImListAsync(
            "zed@contoso.com",
            [new SeedContact("ben", "Ben Best", ImAddress: "sip:ben@contoso.com", Folder: ContactFolder.QuickContacts)],
            [new SeedGroup("Other Contacts", Members: ["ben"])]);

        var list = await admin.GetImListAsync("zed@contoso.com");
        list.Mailbox.Should().Be("zed@contoso.com");
        var amy = list.Personas.Single(p => p.DisplayName == "Amy Adams").Contacts.Single();
        amy.Should().BeEquivalentTo(new { Folder = ContactFolder.Contacts, EmailAddress = "amy@contoso.com", ImAddress = "sip:amy@contoso.com", GivenName = "Amy" });
        amy.ContactId.Should().NotBeNullOrEmpty();
        amy.ChangeKey.Should().NotBeNullOrEmpty();
        var bookClub = list.Groups.Single(g => g.DisplayName == "Book club");
        bookClub.GroupType.Should().Be("IPM.DistList.MOC.UserGroup");
        bookClub.MemberIds.Should().Equal(amy.ContactId);
        var ben = list.Personas.Single(p => p.DisplayName == "Ben Best").Contacts.Single();
        ben.Folder.Should().Be(ContactFolder.QuickContacts);
        list.Groups.Single(g => g.GroupType == "IPM.DistList.MOC.OtherContacts").MemberIds.Should().Equal(ben.ContactId);
    }

    [Fact]
    public async Task A_mailbox_reset_brings_back_its_seed_entry_only()
    {
        var before = await admin.GetImListAsync("alice@contoso.com");
        await admin.AddToImListAsync(
            "alice@contoso.com", [new SeedContact("eve", "Eve Evans", ImAddress: "sip:eve@contoso.com")], [new SeedGroup("Book club", Members: ["eve"])]);
        var added = await admin.GetImListAsync("alice@contoso.com");
        added.Groups.Should().HaveCount(before.Groups.Count + 1);
        added.Personas.Select(p => p.DisplayName).Should().Contain("Eve Evans");

        await admin.ResetMailboxAsync("alice@contoso.com");

        var reset = await admin.GetImListAsync("alice@contoso.com");
        reset.Groups.Select(g => g.DisplayName).Should().Equal(before.Groups.Select(g => g.DisplayName));
        reset.Personas.Select(p => p.DisplayName).Should().Equal(before.Personas.Select(p => p.DisplayName));
    }

    [Fact]
    public async Task A_reset_removes_what_tests_added()
    {
        await admin.CreateMailboxAsync(new NewMailbox("carl@contoso.com"));
        await admin.DeleteMailboxAsync("bob@contoso.com");

        await admin.ResetAsync();

        (await admin.ListMailboxesAsync()).Mailboxes.Select(m => m.SmtpAddress).Should().Equal("alice@contoso.com", "bob@contoso.com");
    }

    [Fact]
    public async Task An_export_imported_again_brings_the_store_back()
    {
        var exported = await admin.ExportAsync();
        var aliceBefore = await admin.GetImListAsync("alice@contoso.com");
        await admin.DeleteMailboxAsync("bob@contoso.com");
        await admin.AddToImListAsync("alice@contoso.com", [], [new SeedGroup("Temporary")]);

        await admin.ImportAsync(exported);

        exported.IdKey.Should().NotBeNullOrEmpty();
        exported.Mailboxes!.Select(m => m.SmtpAddress).Should().Equal("alice@contoso.com", "bob@contoso.com");
        (await admin.GetMailboxAsync("bob@contoso.com")).DisplayName.Should().Be("Bob Brown");
        var aliceAfter = await admin.GetImListAsync("alice@contoso.com");
        aliceAfter.Groups.Select(g => g.DisplayName).Should().Equal(aliceBefore.Groups.Select(g => g.DisplayName));
        aliceAfter.Personas.Select(p => p.DisplayName).Should().Equal(aliceBefore.Personas.Select(p => p.DisplayName));
    }

    [Fact]
    public async Task The_journal_is_filtered_by_operation_mailbox_code_time_and_limit()
    {
        var start = DateTimeOffset.UtcNow.AddMinutes(-1);
        (await server.CallEwsAsync("alice@contoso.com", "<m:AddImGroup><m:DisplayName>Book club</m:DisplayName></m:AddImGroup>")).EnsureSuccessStatusCode();
        (await server.CallEwsAsync("bob@contoso.com", "<m:GetImItemList />")).EnsureSuccessStatusCode();
        (await server.CallEwsAsync("bob@contoso.com", "<m:AddImGroup><m:DisplayName>Friends</m:DisplayName></m:AddImGroup>")).EnsureSuccessStatusCode();

        var byOperation = await admin.QueryJournalAsync(new JournalQuery(Operation: "AddImGroup"));
        var byBoth = await admin.QueryJournalAsync(new JournalQuery(Mailbox: "alice@contoso.com", Operation: "AddImGroup", ResponseCode: "NoError", Since: start));
        var later = await admin.QueryJournalAsync(new JournalQuery(Since: DateTimeOffset.UtcNow.AddHours(1)));
        var failed = await admin.QueryJournalAsync(new JournalQuery(ResponseCode: "ErrorServerBusy"));
        var newest = await admin.QueryJournalAsync(new JournalQuery(Limit: 1));

        byOperation.Count.Should().Be(3);
        byOperation.Entries.Select(e => e.Mailbox).Should().Equal("bob@contoso.com", "alice@contoso.com");
        byBoth.Entries.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Status = 200, ResponseClass = "Success", ResponseCode = "NoError" });
        later.Entries.Should().BeEmpty();
        failed.Entries.Should().BeEmpty();
        newest.Entries.Should().ContainSingle().Which.Mailbox.Should().Be("bob@contoso.com");

        var entry = await admin.GetJournalEntryAsync(byBoth.Entries[0].Id);
        entry.RequestXml.Should().Contain("<m:DisplayName>Book club</m:DisplayName>");
        entry.ResponseXml.Should().Contain("Book club");
        entry.RequestHeaders["Authorization"].Should().Be("Basic alice@contoso.com (removed)");

        await admin.ClearJournalAsync();
        (await admin.QueryJournalAsync()).Count.Should().Be(0);
    }

    [Fact]
    public async Task A_chaos_rule_answers_in_the_operations_place_until_used_up()
    {
        var rule = await admin.AddChaosRuleAsync(new ChaosRule(ChaosEffect.ServerBusy, Operation: "AddImGroup", Times: 1, BackOffMilliseconds: 5000));
        var other = await admin.AddChaosRuleAsync(new ChaosRule(ChaosEffect.Latency, Mailbox: "nobody@contoso.com", DelayMilliseconds: 1));

        rule.Remaining.Should().Be(1);
        rule.Rule.Should().BeEquivalentTo(new { Effect = ChaosEffect.ServerBusy, Operation = "AddImGroup", Probability = 1.0, BackOffMilliseconds = 5000, StatusCode = 503, WithBody = true });
        (await admin.ListChaosRulesAsync()).Select(r => r.Id).Should().Equal(rule.Id, other.Id);

        using var busy = await server.CallEwsAsync("alice@contoso.com", "<m:AddImGroup><m:DisplayName>Book club</m:DisplayName></m:AddImGroup>");

        busy.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        (await busy.Content.ReadAsStringAsync()).Should().Contain("ErrorServerBusy").And.Contain("5000");
        var journaled = (await admin.QueryJournalAsync(new JournalQuery(ResponseCode: "ErrorServerBusy"))).Entries.Should().ContainSingle().Subject;
        journaled.Injected.Should().Be($"chaos rule {rule.Id}: ServerBusy");
        (await admin.ListChaosRulesAsync()).Should().ContainSingle().Which.Id.Should().Be(other.Id);

        await admin.DeleteChaosRuleAsync(other.Id);
        (await admin.ListChaosRulesAsync()).Should().BeEmpty();
        await admin.AddChaosRuleAsync(new ChaosRule(ChaosEffect.HttpStatus, StatusCode: 502, WithBody: false));
        await admin.ClearChaosRulesAsync();
        (await admin.ListChaosRulesAsync()).Should().BeEmpty();
        (await admin.Invoking(a => a.DeleteChaosRuleAsync(other.Id)).Should().ThrowAsync<EwsImGroupsAdminException>()).Which.Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_photo_is_set_read_and_removed()
    {
        var stored = await admin.SetPhotoAsync("bob@contoso.com", Png, "image/png");

        var photo = await admin.GetPhotoAsync("bob@contoso.com");
        photo.Content.Should().Equal(Png);
        photo.ContentType.Should().Be("image/png");
        photo.ETag.Should().Be(stored.ETag);
        stored.Should().BeEquivalentTo(new { Address = "bob@contoso.com", ContentType = "image/png", Length = Png.Length });

        await admin.DeletePhotoAsync("bob@contoso.com");

        (await admin.Invoking(a => a.GetPhotoAsync("bob@contoso.com")).Should().ThrowAsync<EwsImGroupsAdminException>()).Which.Status.Should().Be(HttpStatusCode.NotFound);
        (await admin.Invoking(a => a.SetPhotoAsync("bob@contoso.com", Png, "image/jpeg")).Should().ThrowAsync<EwsImGroupsAdminException>())
            .Which.Status.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_change_stream_reports_a_change_made_while_watching()
    {
        // Only a guard against a hung stream; the test asserts no duration.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await using var changes = admin.WatchChangesAsync(guard.Token).GetAsyncEnumerator(guard.Token);

        (await changes.MoveNextAsync()).Should().BeTrue();
        var first = changes.Current;
        await admin.ResetAsync();
        (await changes.MoveNextAsync()).Should().BeTrue();

        changes.Current.Should().BeGreaterThan(first);
    }
}
