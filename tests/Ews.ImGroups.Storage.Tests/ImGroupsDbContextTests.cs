using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Ews.ImGroups.Storage.Tests;

public class ImGroupsDbContextTests
{
    [Fact]
    public async Task Model_matches_migrations_has_no_pending_changes()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync();
        await using var db = await TempDatabase.OpenAsync(services);

        db.Database.HasPendingModelChanges().Should().BeFalse("a model change needs a migration: dotnet ef migrations add");
    }

    [Fact]
    public async Task Groups_same_normalized_name_twice_in_one_mailbox_are_rejected_by_unique_index()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync(TestSeeds.AliceAndBob());
        var alice = await MailboxIdAsync(services, TestSeeds.AliceSmtp);
        await AddGroupRowAsync(services, alice, "Friends");

        var duplicate = () => AddGroupRowAsync(services, alice, "FRIENDS");

        TempDatabase.ShouldBreakUniqueIndex((await duplicate.Should().ThrowAsync<DbUpdateException>()).Which.InnerException);
    }

    [Fact]
    public async Task Groups_same_normalized_name_in_two_mailboxes_are_accepted()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync(TestSeeds.AliceAndBob());
        await AddGroupRowAsync(services, await MailboxIdAsync(services, TestSeeds.AliceSmtp), "Friends");
        var bob = await MailboxIdAsync(services, TestSeeds.BobSmtp);

        var inOtherMailbox = () => AddGroupRowAsync(services, bob, "Friends");

        await inOtherMailbox.Should().NotThrowAsync();
    }

    [Fact]
    public async Task Contacts_same_normalized_im_address_twice_in_one_mailbox_are_rejected_by_unique_index()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync(TestSeeds.AliceAndBob());
        var alice = await MailboxIdAsync(services, TestSeeds.AliceSmtp);
        await AddContactRowAsync(services, alice, "erin@contoso.com");

        var duplicate = () => AddContactRowAsync(services, alice, "erin@contoso.com");

        TempDatabase.ShouldBreakUniqueIndex((await duplicate.Should().ThrowAsync<DbUpdateException>()).Which.InnerException);
    }

    [Fact]
    public async Task Contacts_seeded_im_address_added_again_in_one_mailbox_are_rejected_by_unique_index()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync(TestSeeds.AliceAndBob());
        var alice = await MailboxIdAsync(services, TestSeeds.AliceSmtp);

        var duplicate = () => AddContactRowAsync(services, alice, ImAddresses.Normalize("sip:bob@contoso.com"));

        await duplicate.Should().ThrowAsync<DbUpdateException>();
    }

    [Fact]
    public async Task Contacts_same_normalized_im_address_in_two_mailboxes_are_accepted()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync(TestSeeds.AliceAndBob());
        await AddContactRowAsync(services, await MailboxIdAsync(services, TestSeeds.AliceSmtp), "erin@contoso.com");
        var bob = await MailboxIdAsync(services, TestSeeds.BobSmtp);

        var inOtherMailbox = () => AddContactRowAsync(services, bob, "erin@contoso.com");

        await inOtherMailbox.Should().NotThrowAsync();
    }

    [Fact]
    public async Task Contacts_several_without_im_address_in_one_mailbox_are_accepted()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync(TestSeeds.AliceAndBob());
        var alice = await MailboxIdAsync(services, TestSeeds.AliceSmtp);
        await AddContactRowAsync(services, alice, null);

        var another = () => AddContactRowAsync(services, alice, null);

        await another.Should().NotThrowAsync();
    }

    [Fact]
    public async Task DirectoryGroups_same_smtp_address_twice_are_rejected_by_unique_index()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync();
        await AddDirectoryGroupRowAsync(services, "sales@contoso.com");

        var duplicate = () => AddDirectoryGroupRowAsync(services, "sales@contoso.com");

        TempDatabase.ShouldBreakUniqueIndex((await duplicate.Should().ThrowAsync<DbUpdateException>()).Which.InnerException);
    }

    [Fact]
    public async Task Groups_deleted_row_takes_its_memberships_with_it()
    {
        await using var database = new TempDatabase();
        var services = await database.StartAsync(TestSeeds.AliceAndBob());
        var alice = await MailboxIdAsync(services, TestSeeds.AliceSmtp);
        var group = await AddGroupRowAsync(services, alice, "Friends");
        await using (var db = await TempDatabase.OpenAsync(services))
        {
            var contacts = await db.Contacts.Where(c => c.MailboxId == alice).Select(c => c.Id).ToListAsync();
            db.Memberships.AddRange(contacts.Select(c => new MembershipRow { GroupId = group, ContactId = c }));
            await db.SaveChangesAsync();
        }

        await using (var db = await TempDatabase.OpenAsync(services))
        {
            await db.Groups.Where(g => g.Id == group).ExecuteDeleteAsync();
        }

        (await database.ScalarAsync("SELECT COUNT(*) FROM \"Memberships\"")).Should().Be(0L);
        (await database.ScalarAsync($"SELECT COUNT(*) FROM \"Contacts\" WHERE \"MailboxId\" = {alice}")).Should().Be(3L);
    }

    private static async Task<long> MailboxIdAsync(IServiceProvider services, string smtp)
    {
        await using var db = await TempDatabase.OpenAsync(services);
        return await db.Mailboxes.Where(m => m.SmtpAddress == smtp).Select(m => m.Id).SingleAsync();
    }

    // Straight through the context, past the rules, as a racing writer would.
    private static async Task<long> AddGroupRowAsync(IServiceProvider services, long mailboxId, string displayName)
    {
        await using var db = await TempDatabase.OpenAsync(services);
        var row = new GroupRow
        {
            MailboxId = mailboxId,
            DisplayName = displayName,
            NormalizedDisplayName = GroupNames.Normalize(displayName),
            GroupType = GroupTypes.UserGroup,
        };
        db.Groups.Add(row);
        await db.SaveChangesAsync();
        return row.Id;
    }

    private static async Task AddContactRowAsync(IServiceProvider services, long mailboxId, string? normalizedImAddress)
    {
        await using var db = await TempDatabase.OpenAsync(services);
        db.Contacts.Add(new ContactRow
        {
            MailboxId = mailboxId,
            DisplayName = normalizedImAddress ?? "No IM",
            ImAddress = normalizedImAddress,
            NormalizedImAddress = normalizedImAddress,
            Folder = ContactFolder.QuickContacts,
        });
        await db.SaveChangesAsync();
    }

    private static async Task AddDirectoryGroupRowAsync(IServiceProvider services, string smtpAddress)
    {
        await using var db = await TempDatabase.OpenAsync(services);
        db.DirectoryGroups.Add(new DirectoryGroupRow { SmtpAddress = smtpAddress, DisplayName = "Group" });
        await db.SaveChangesAsync();
    }
}
