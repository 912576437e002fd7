using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Ews.ImGroups.Storage.Tests;

/// <summary>
/// The writer's SQL and the EF Core model describe the same tables: what the session writes, EF Core reads back field
/// for field, and what EF Core writes, the session reads back the same.
/// </summary>
public class SqliteMailboxSessionModelTests
{
    private static readonly DateTimeOffset CreatedAt = new(2026, 3, 14, 15, 9, 26, 535, TimeSpan.FromHours(-7));

    private static readonly ContactDetails Erin = new(
        "Erin Evans", "Erin", "Evans", "erin@contoso.com", "sip:Erin@contoso.com", "tel:+15550100", "sip:+15550100@contoso.com", "+1 555 0100");

    [Fact]
    public async Task Rows_written_by_the_session_read_the_same_through_the_model()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var mailboxBefore = await StoreQueries.MailboxAsync(store.Services, store.Alice);
        ImGroup friends, renamed, sales;
        ImContact erin, sparse;
        using (var session = SqliteMailboxSession.Open(database.ConnectionString))
        {
            session.Begin();
            session.StartChange(store.Alice).Should().BeTrue();
            friends = await session.AddGroupAsync("Friends", "FRIENDS", GroupTypes.UserGroup);
            sales = await session.AddGroupAsync("Sales", "SALES", GroupTypes.DistributionGroup, "sales@contoso.com");
            erin = await session.AddContactAsync(Erin, ContactFolder.QuickContacts, "erin@contoso.com", CreatedAt);
            sparse = await session.AddContactAsync(new ContactDetails("Frank"), ContactFolder.QuickContacts, null, CreatedAt.ToUniversalTime());
            await session.AddMemberAsync(friends.Number, erin.Number);
            renamed = await session.RenameGroupAsync(friends, "Best Friends", "BEST FRIENDS");
            await session.SetMigrationCompletedAsync(true);
            session.KeepChange();
            session.Commit();
        }

        await using var db = await TempDatabase.OpenAsync(store.Services);
        var mailbox = await db.Mailboxes.AsNoTracking().SingleAsync(m => m.Id == store.Alice);
        mailbox.Revision.Should().Be(mailboxBefore.Revision + 1);
        mailbox.ImListMigrationCompleted.Should().BeTrue();

        var friendsRow = await db.Groups.AsNoTracking().SingleAsync(g => g.Id == friends.Number);
        friendsRow.NormalizedDisplayName.Should().Be("BEST FRIENDS");
        Rows.ToGroup(friendsRow).Should().Be(renamed);
        renamed.Version.Should().Be(2, "a member joined and the group was renamed");
        var salesRow = await db.Groups.AsNoTracking().SingleAsync(g => g.Id == sales.Number);
        Rows.ToGroup(salesRow).Should().Be(sales);
        salesRow.NormalizedDisplayName.Should().Be("SALES");

        var erinRow = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == erin.Number);
        Rows.ToContact(erinRow).Should().BeEquivalentTo(erin);
        erinRow.CreatedAt.Should().Be(CreatedAt);
        erinRow.CreatedAt.Offset.Should().Be(CreatedAt.Offset);
        erinRow.NormalizedImAddress.Should().Be("erin@contoso.com");
        erinRow.SeedKey.Should().BeNull();
        erinRow.Folder.Should().Be(ContactFolder.QuickContacts);
        var sparseRow = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == sparse.Number);
        Rows.ToContact(sparseRow).Should().BeEquivalentTo(sparse);
        sparseRow.NormalizedImAddress.Should().BeNull();

        (await db.Memberships.AsNoTracking().Where(m => m.ContactId == erin.Number).ToListAsync())
            .Should().BeEquivalentTo([new MembershipRow { GroupId = friends.Number, ContactId = erin.Number }]);
    }

    [Fact]
    public async Task Rows_written_through_the_model_read_the_same_through_the_session()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        GroupRow friends, sales;
        ContactRow erin, frank;
        await using (var db = await TempDatabase.OpenAsync(store.Services))
        {
            friends = new GroupRow { MailboxId = store.Alice, DisplayName = "Friends", NormalizedDisplayName = "FRIENDS", GroupType = GroupTypes.UserGroup, Version = 3 };
            sales = new GroupRow
            {
                MailboxId = store.Alice, DisplayName = "Sales", NormalizedDisplayName = "SALES", GroupType = GroupTypes.DistributionGroup, SmtpAddress = "sales@contoso.com",
            };
            erin = Rows.NewContact(store.Alice, Erin, "erin@contoso.com", CreatedAt, ContactFolder.QuickContacts);
            erin.Version = 4;
            frank = Rows.NewContact(store.Alice, new ContactDetails("Frank"), "frank@contoso.com", CreatedAt, ContactFolder.Contacts, seedKey: "frank");
            db.AddRange(friends, sales, erin, frank);
            await db.SaveChangesAsync();
            db.Memberships.Add(new MembershipRow { GroupId = friends.Id, ContactId = erin.Id });
            await db.SaveChangesAsync();
        }

        var groupsBefore = await StoreQueries.GroupsAsync(store.Services, store.Alice);
        using (var session = SqliteMailboxSession.Open(database.ConnectionString))
        {
            session.Begin();
            session.StartChange(store.Alice).Should().BeTrue();
            (await session.FindGroupAsync(friends.Id)).Should().Be(Rows.ToGroup(friends));
            (await session.FindGroupAsync(friends.Id + 1000)).Should().BeNull();
            (await session.FindDistributionGroupAsync("sales@contoso.com")).Should().Be(Rows.ToGroup(sales));
            var otherContacts = groupsBefore.Where(g => g.GroupType == GroupTypes.OtherContacts).MinBy(g => g.Id)!;
            (await session.FindGroupByTypeAsync(GroupTypes.OtherContacts)).Should().Be(Rows.ToGroup(otherContacts));
            (await session.CountGroupsAsync(SystemGroups.Types)).Should().Be(groupsBefore.Count(g => !SystemGroups.Types.Contains(g.GroupType)));
            (await session.GroupNameExistsAsync("FRIENDS")).Should().BeTrue();
            (await session.GroupNameExistsAsync("FRIENDS", friends.Id)).Should().BeFalse();

            (await session.FindContactAsync(erin.Id)).Should().BeEquivalentTo(Rows.ToContact(erin));
            (await session.FindContactByImAddressAsync("frank@contoso.com")).Should().BeEquivalentTo(Rows.ToContact(frank));
            (await session.IsMemberAsync(friends.Id, erin.Id)).Should().BeTrue();
            (await session.IsMemberAsync(sales.Id, erin.Id)).Should().BeFalse();
            (await session.IsListedAsync(erin.Id)).Should().BeTrue();
            (await session.IsListedAsync(frank.Id)).Should().BeFalse();
            (await session.CountListedContactsAsync()).Should().Be((await store.ReadAsync(store.Alice)).Personas.Count);

            // Leaving the list bumps the groups the contact was in; removing a group takes its memberships with it.
            await session.RemoveFromAllGroupsAsync(erin.Id);
            await session.RemoveContactAsync(erin.Id);
            await session.RemoveGroupAsync(sales.Id);
            session.KeepChange();
            session.Commit();
        }

        (await StoreQueries.GroupAsync(store.Services, friends.Id)).Version.Should().Be(friends.Version + 1);
        (await StoreQueries.GroupsAsync(store.Services, store.Alice)).Should().NotContain(g => g.Id == sales.Id);
        (await StoreQueries.ContactsAsync(store.Services, store.Alice)).Should().NotContain(c => c.Id == erin.Id);
        (await StoreQueries.MembershipsAsync(store.Services)).Should().NotContain(m => m.ContactId == erin.Id);
    }

    [Fact]
    public async Task A_name_the_unique_index_refuses_is_a_taken_name_and_the_change_can_go_on()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        using var session = SqliteMailboxSession.Open(database.ConnectionString);
        session.Begin();
        session.StartChange(store.Alice).Should().BeTrue();
        var friends = await session.AddGroupAsync("Friends", "FRIENDS", GroupTypes.UserGroup);
        var family = await session.AddGroupAsync("Family", "FAMILY", GroupTypes.UserGroup);

        var add = () => session.AddGroupAsync("friends", "FRIENDS", GroupTypes.UserGroup);
        var rename = () => session.RenameGroupAsync(family, "FRIENDS", "FRIENDS");

        await add.Should().ThrowAsync<GroupNameTakenException>();
        await rename.Should().ThrowAsync<GroupNameTakenException>();
        (await session.FindGroupAsync(family.Number)).Should().Be(family);
        await session.AddMemberAsync(friends.Number, store.AlicesContactNumber("bob"));
        session.KeepChange();
        session.Commit();
        (await StoreQueries.GroupAsync(store.Services, friends.Number)).Version.Should().Be(1);
    }
}
