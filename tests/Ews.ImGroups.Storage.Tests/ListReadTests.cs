using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Ews.ImGroups.Storage.Tests;

/// <summary>Reads of a list, through the store's <see cref="IImListStore.ReadAsync"/>.</summary>
public class ListReadTests
{
    [Fact]
    public async Task ReadAsync_new_mailbox_lists_only_the_system_groups_in_order()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);

        var list = await store.ReadAsync(store.Alice);

        list.Groups.Select(g => (g.Group.DisplayName, g.Group.GroupType)).Should().Equal(SystemGroups.All);
        list.Groups.Should().OnlyContain(g => g.Members.Count == 0 && g.Group.MailboxId == store.Alice && g.Group.Version == 0);
        list.Personas.Should().BeEmpty("seeded contacts are in the mailbox but on no group");
    }

    [Fact]
    public async Task ReadAsync_groups_of_every_kind_system_groups_first_then_in_order_of_creation()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        await store.AddGroupAsync(store.Alice, "Zeta");
        await store.Groups.AddDistributionGroupAsync(store.Alice, new DirectoryGroup(TestSeeds.SalesSmtp, "Sales"), "Sales", CancellationToken.None);
        await store.AddGroupAsync(store.Alice, "Alpha");
        await RecreateTaggedGroupLastAsync(store);

        var list = await store.ReadAsync(store.Alice);

        list.Groups.Select(g => g.Group.DisplayName).Should().Equal("Other Contacts", "Tagged", "Favorites", "Zeta", "Sales", "Alpha");
    }

    [Fact]
    public async Task ReadAsync_members_carry_contact_numbers_and_versions_in_number_order()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var friends = await store.AddGroupAsync(store.Alice, "Friends");
        await store.AddToGroupAsync(store.AlicesContact("carol"), friends);
        await store.AddToGroupAsync(store.AlicesContact("bob"), friends);
        var carol = store.AlicesContactNumber("carol");
        await SetContactVersionAsync(store, carol, 3);

        var list = await store.ReadAsync(store.Alice);

        list.Groups.Single(g => g.Group.Number == friends.Number).Members.Should().Equal(
            new ListedMember(store.AlicesContactNumber("bob"), 0),
            new ListedMember(carol, 3));
        list.Groups.Single(g => g.Group.Number == friends.Number).Group.Version.Should().Be(friends.Version + 2);
    }

    [Fact]
    public async Task ReadAsync_personas_are_contacts_in_a_group_ordered_by_display_name()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var friends = await store.AddGroupAsync(store.Alice, "Friends");
        var family = await store.AddGroupAsync(store.Alice, "Family");
        var zoe = await store.AddNewContactAsync(store.Alice, "zoe@contoso.com", "Zoe", friends);
        var aaron = await store.AddNewContactAsync(store.Alice, "aaron@contoso.com", "aaron", family);
        await store.AddToGroupAsync(store.AlicesContact("bob"), friends);
        await store.AddToGroupAsync(store.AlicesContact("bob"), family);

        var list = await store.ReadAsync(store.Alice);

        list.Personas.Select(p => p.Primary.Details.DisplayName).Should().Equal("aaron", "Bob Brown", "Zoe");
        list.Personas.Select(p => p.Primary.Number).Should().Equal(aaron.Number, store.AlicesContactNumber("bob"), zoe.Number);
        list.Personas.Should().NotContain(p => p.Primary.Number == store.AlicesContactNumber("carol"));
    }

    [Fact]
    public async Task ReadAsync_personas_carry_the_stored_contact_details()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        await store.AddToGroupAsync(store.AlicesContact("bob"), await store.AddGroupAsync(store.Alice, "Friends"));

        var bob = (await store.ReadAsync(store.Alice)).Personas.Should().ContainSingle().Subject.Contacts.Should().ContainSingle().Subject;

        bob.MailboxId.Should().Be(store.Alice);
        bob.IsQuickContact.Should().BeFalse();
        bob.Details.Should().Be(new ContactDetails("Bob Brown", "Bob", "Brown", "bob@contoso.com", "sip:bob@contoso.com", EmailDisplayName: "Bob Brown"));
    }

    [Fact]
    public async Task ReadAsync_brings_the_contacts_linked_by_e_mail_address_to_a_listed_one_into_its_persona()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var friends = await store.AddGroupAsync(store.Alice, "Friends");

        // Dave is an address-book contact without an IM address, on no group; the quick contact shares his address.
        var quick = await store.AddNewContactAsync(store.Alice, "DAVE@contoso.com", "Davey", friends);

        var whole = (await store.ReadAsync(store.Alice)).Personas.Should().ContainSingle().Subject;
        whole.Contacts.Select(c => c.Number).Should().Equal(store.AlicesContactNumber("dave-no-im"), quick.Number);
        whole.Contacts.Select(c => c.Folder).Should().Equal(ContactFolder.Contacts, ContactFolder.QuickContacts);
        var chosen = await store.ReadAsync(store.Alice, new ImListSelection([], [quick.Number]));
        chosen.Personas.Should().ContainSingle().Which.Contacts.Should().Equal(whole.Contacts);
        var unlisted = await store.ReadAsync(store.Alice, new ImListSelection([], [store.AlicesContactNumber("dave-no-im")]));
        unlisted.Personas.Should().BeEmpty("a contact on no group is not asked for, even when its persona is on the list");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReadAsync_migration_flag_is_the_stored_value(bool completed)
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        await store.Lists.SetImListMigrationCompletedAsync(store.Alice, completed, CancellationToken.None);

        (await StoreQueries.MailboxAsync(store.Services, store.Alice)).ImListMigrationCompleted.Should().Be(completed);
    }

    [Fact]
    public async Task ReadAsync_group_numbers_returns_only_those_groups_with_their_members()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var friends = await store.AddGroupAsync(store.Alice, "Friends");
        var family = await store.AddGroupAsync(store.Alice, "Family");
        await store.AddToGroupAsync(store.AlicesContact("bob"), friends);
        await store.AddToGroupAsync(store.AlicesContact("carol"), family);

        var list = await store.ReadAsync(store.Alice, new ImListSelection([family.Number], []));

        var listed = list.Groups.Should().ContainSingle().Subject;
        listed.Group.Number.Should().Be(family.Number);
        listed.Members.Select(m => m.ContactNumber).Should().Equal(store.AlicesContactNumber("carol"));
        list.Personas.Should().BeEmpty();
    }

    [Fact]
    public async Task ReadAsync_contact_numbers_returns_only_those_contacts_that_are_listed()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var friends = await store.AddGroupAsync(store.Alice, "Friends");
        await store.AddToGroupAsync(store.AlicesContact("bob"), friends);
        var erin = await store.AddNewContactAsync(store.Alice, "erin@contoso.com", "Erin", friends);

        var list = await store.ReadAsync(
            store.Alice, new ImListSelection([], [store.AlicesContactNumber("bob"), store.AlicesContactNumber("carol")]));

        list.Groups.Should().BeEmpty();
        list.Personas.Select(p => p.Primary.Number).Should().Equal(store.AlicesContactNumber("bob"));
        list.Personas.Should().NotContain(p => p.Primary.Number == erin.Number);
    }

    [Fact]
    public async Task ReadAsync_numbers_of_another_mailbox_returns_nothing_for_them()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var bobsGroup = await store.AddGroupAsync(store.Bob, "Colleagues");
        var frank = await store.AddNewContactAsync(store.Bob, "frank@contoso.com", "Frank", bobsGroup);

        var list = await store.ReadAsync(store.Alice, new ImListSelection([bobsGroup.Number], [frank.Number]));

        list.Groups.Should().BeEmpty();
        list.Personas.Should().BeEmpty();
    }

    [Fact]
    public async Task ReadAsync_everything_shows_nothing_of_other_mailboxes()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        await store.AddNewContactAsync(store.Bob, "frank@contoso.com", "Frank", await store.AddGroupAsync(store.Bob, "Colleagues"));

        var list = await store.ReadAsync(store.Alice);

        list.Groups.Should().OnlyContain(g => g.Group.MailboxId == store.Alice).And.HaveCount(SystemGroups.All.Count);
        list.Personas.Should().BeEmpty();
    }

    /// <summary>Gives the Tagged group a row number above the user groups', so only the list order can put it second.</summary>
    private static async Task RecreateTaggedGroupLastAsync(SeededStore store)
    {
        await using var db = await TempDatabase.OpenAsync(store.Services);
        await db.Groups.Where(g => g.MailboxId == store.Alice && g.GroupType == GroupTypes.Tagged).ExecuteDeleteAsync();
        db.Groups.Add(new GroupRow { MailboxId = store.Alice, DisplayName = "Tagged", NormalizedDisplayName = "TAGGED", GroupType = GroupTypes.Tagged });
        await db.SaveChangesAsync();
    }

    private static async Task SetContactVersionAsync(SeededStore store, long contactNumber, int version)
    {
        await using var db = await TempDatabase.OpenAsync(store.Services);
        await db.Contacts.Where(c => c.Id == contactNumber).ExecuteUpdateAsync(set => set.SetProperty(c => c.Version, version));
    }
}
