using Ews.ImGroups.Domain.Lists;

namespace Ews.ImGroups.Storage.Tests;

/// <summary>The session's contact and membership reads and writes, driven through the rules as the host drives them.</summary>
public class EfMailboxSessionContactTests
{
    [Fact]
    public async Task AddImContactToGroup_new_member_stores_membership_and_bumps_group_version()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var group = await store.AddGroupAsync(store.Alice, "Friends");

        var result = await store.Contacts.AddImContactToGroupAsync(
            store.Alice, store.AlicesContact("bob"), SeededStore.Id(group), CancellationToken.None);

        result.Value!.Number.Should().Be(store.AlicesContactNumber("bob"));
        (await StoreQueries.GroupAsync(store.Services, group.Number)).Version.Should().Be(group.Version + 1);
        (await StoreQueries.MembershipsAsync(store.Services)).Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new { GroupId = group.Number, ContactId = store.AlicesContactNumber("bob") });
    }

    [Fact]
    public async Task AddImContactToGroup_existing_member_keeps_version_and_single_membership()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var group = await store.AddGroupAsync(store.Alice, "Friends");
        await store.AddToGroupAsync(store.AlicesContact("bob"), group);

        var again = await store.Contacts.AddImContactToGroupAsync(
            store.Alice, store.AlicesContact("bob"), SeededStore.Id(group), CancellationToken.None);

        again.IsSuccess.Should().BeTrue();
        (await StoreQueries.GroupAsync(store.Services, group.Number)).Version.Should().Be(group.Version + 1);
        (await StoreQueries.MembershipsAsync(store.Services)).Should().ContainSingle();
    }

    [Fact]
    public async Task AddImContactToGroup_no_group_id_for_two_contacts_uses_the_provisioned_other_contacts_group()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var groupsBefore = await StoreQueries.GroupsAsync(store.Services, store.Alice);
        var otherContacts = groupsBefore.Single(g => g.GroupType == GroupTypes.OtherContacts);

        await store.Contacts.AddImContactToGroupAsync(store.Alice, store.AlicesContact("bob"), null, CancellationToken.None);
        await store.Contacts.AddImContactToGroupAsync(store.Alice, store.AlicesContact("carol"), null, CancellationToken.None);

        (await StoreQueries.GroupsAsync(store.Services, store.Alice)).Select(g => g.Id).Should().Equal(groupsBefore.Select(g => g.Id));
        (await StoreQueries.MembershipsAsync(store.Services)).Should().HaveCount(2).And.OnlyContain(m => m.GroupId == otherContacts.Id);
    }

    [Fact]
    public async Task AddImContactToGroup_other_mailbox_contact_number_under_own_mailbox_reports_invalid_contact_id()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        TestSeeds.Codec.TryDecodeId(store.Seeded.ContactId(TestSeeds.BobSmtp, "alice"), out var bobsContact);

        var result = await store.Contacts.AddImContactToGroupAsync(
            store.Alice, TestSeeds.Codec.EncodeId(bobsContact with { MailboxId = store.Alice }), null, CancellationToken.None);

        result.Error.Should().Be(ImListError.InvalidImContactId);
        (await StoreQueries.MembershipsAsync(store.Services)).Should().BeEmpty();
    }

    [Fact]
    public async Task AddImContactToGroup_other_mailbox_group_number_under_own_mailbox_reports_invalid_group_id()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var bobsGroup = await store.AddGroupAsync(store.Bob, "Colleagues");

        var result = await store.Contacts.AddImContactToGroupAsync(
            store.Alice, store.AlicesContact("bob"), TestSeeds.Codec.EncodeId(bobsGroup.Key with { MailboxId = store.Alice }), CancellationToken.None);

        result.Error.Should().Be(ImListError.InvalidImGroupId);
        (await StoreQueries.MembershipsAsync(store.Services)).Should().BeEmpty();
    }

    [Fact]
    public async Task AddImContactToGroup_seeded_contact_without_im_address_reports_invalid_contact_id()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);

        var result = await store.Contacts.AddImContactToGroupAsync(store.Alice, store.AlicesContact("dave-no-im"), null, CancellationToken.None);

        result.Error.Should().Be(ImListError.InvalidImContactId);
        (await StoreQueries.MembershipsAsync(store.Services)).Should().BeEmpty();
    }

    [Fact]
    public async Task AddNewImContactToGroup_new_address_persists_quick_contact_with_normalized_address()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var friends = await store.AddGroupAsync(store.Alice, "Friends");

        var contact = await store.AddNewContactAsync(store.Alice, "SIP:Erin@Contoso.com", null, friends);

        var row = (await StoreQueries.ContactsAsync(store.Services, store.Alice)).Should().ContainSingle(c => c.Id == contact.Number).Subject;
        row.ImAddress.Should().Be("SIP:Erin@Contoso.com");
        row.NormalizedImAddress.Should().Be("erin@contoso.com");
        row.DisplayName.Should().Be("erin@contoso.com");
        row.EmailAddress.Should().Be("erin@contoso.com");
        row.Folder.Should().Be(ContactFolder.QuickContacts);
        row.SeedKey.Should().BeNull();
        row.CreatedAt.Should().NotBe(default);
        (await StoreQueries.MembershipsAsync(store.Services)).Should().ContainSingle(m => m.ContactId == contact.Number)
            .Which.GroupId.Should().Be(friends.Number);
    }

    [Fact]
    public async Task AddNewImContactToGroup_address_of_seeded_contact_reuses_the_seeded_row()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var contactsBefore = await StoreQueries.ContactsAsync(store.Services, store.Alice);

        var contact = await store.AddNewContactAsync(store.Alice, "Bob@Contoso.com", "Robert", null);

        contact.Number.Should().Be(store.AlicesContactNumber("bob"));
        contact.IsQuickContact.Should().BeFalse();
        (await StoreQueries.ContactsAsync(store.Services, store.Alice)).Should().HaveCount(contactsBefore.Count);
    }

    [Fact]
    public async Task AddNewTelUriContactToGroup_new_number_persists_telephone_details()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);

        var result = await store.Contacts.AddNewTelUriContactToGroupAsync(
            store.Alice, "tel:+14255550100", "sip:+14255550100@contoso.com", "+1 425 555 0100", null, CancellationToken.None);

        var row = (await StoreQueries.ContactsAsync(store.Services, store.Alice)).Single(c => c.Id == result.Value!.Primary.Number);
        row.DisplayName.Should().Be("+1 425 555 0100");
        row.TelUriAddress.Should().Be("tel:+14255550100");
        row.ImContactSipUriAddress.Should().Be("sip:+14255550100@contoso.com");
        row.ImTelephoneNumber.Should().Be("+1 425 555 0100");
        row.NormalizedImAddress.Should().Be("+14255550100@contoso.com");
        row.Folder.Should().Be(ContactFolder.LyncContacts);
    }

    [Fact]
    public async Task AddNewImContactToGroup_contact_limit_counts_only_listed_contacts()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database, new ImListLimits(ImListLimits.DefaultMaxGroups, 1));

        var first = await store.Contacts.AddNewImContactToGroupAsync(store.Alice, "erin@contoso.com", null, null, CancellationToken.None);
        var second = await store.Contacts.AddNewImContactToGroupAsync(store.Alice, "frank@contoso.com", null, null, CancellationToken.None);

        first.IsSuccess.Should().BeTrue("the seeded contacts are in the mailbox but not on the list");
        second.Error.Should().Be(ImListError.ImContactLimitReached);
        (await StoreQueries.ContactsAsync(store.Services, store.Alice)).Should().NotContain(c => c.NormalizedImAddress == "frank@contoso.com");
    }

    [Fact]
    public async Task RemoveImContactFromGroup_member_deletes_membership_and_bumps_group_version()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var friends = await store.AddGroupAsync(store.Alice, "Friends");
        await store.AddToGroupAsync(store.AlicesContact("bob"), friends);
        var versionBefore = (await StoreQueries.GroupAsync(store.Services, friends.Number)).Version;

        var result = await store.Contacts.RemoveImContactFromGroupAsync(
            store.Alice, store.AlicesContact("bob"), SeededStore.Id(friends), CancellationToken.None);

        result.IsSuccess.Should().BeTrue();
        (await StoreQueries.MembershipsAsync(store.Services)).Should().BeEmpty();
        (await StoreQueries.GroupAsync(store.Services, friends.Number)).Version.Should().Be(versionBefore + 1);
    }

    [Fact]
    public async Task RemoveContactFromImList_quick_contact_deletes_row_and_memberships_and_bumps_every_group()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var friends = await store.AddGroupAsync(store.Alice, "Friends");
        var family = await store.AddGroupAsync(store.Alice, "Family");
        var erin = await store.AddNewContactAsync(store.Alice, "erin@contoso.com", "Erin", friends);
        await store.AddToGroupAsync(SeededStore.Id(erin), family);
        var before = await StoreQueries.GroupsAsync(store.Services, store.Alice);

        var result = await store.Contacts.RemoveContactFromImListAsync(store.Alice, SeededStore.Id(erin), CancellationToken.None);

        result.IsSuccess.Should().BeTrue();
        (await StoreQueries.ContactsAsync(store.Services, store.Alice)).Should().NotContain(c => c.Id == erin.Number);
        (await StoreQueries.MembershipsAsync(store.Services)).Should().BeEmpty();
        var after = await StoreQueries.GroupsAsync(store.Services, store.Alice);
        after.Select(g => (g.Id, g.Version)).Should().Equal(before.Select(g =>
            (g.Id, g.Id == friends.Number || g.Id == family.Number ? g.Version + 1 : g.Version)));
    }

    [Fact]
    public async Task RemoveContactFromImList_seeded_contact_keeps_the_row()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var friends = await store.AddGroupAsync(store.Alice, "Friends");
        await store.AddToGroupAsync(store.AlicesContact("carol"), friends);

        var result = await store.Contacts.RemoveContactFromImListAsync(store.Alice, store.AlicesContact("carol"), CancellationToken.None);

        result.IsSuccess.Should().BeTrue();
        (await StoreQueries.ContactsAsync(store.Services, store.Alice)).Should().Contain(c => c.Id == store.AlicesContactNumber("carol"));
        (await StoreQueries.MembershipsAsync(store.Services)).Should().BeEmpty();
    }

    [Fact]
    public async Task RemoveContactFromImList_contact_not_on_the_list_reports_item_not_found()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);

        var result = await store.Contacts.RemoveContactFromImListAsync(store.Alice, store.AlicesContact("carol"), CancellationToken.None);

        result.Error.Should().Be(ImListError.ItemNotFound);
    }
}
