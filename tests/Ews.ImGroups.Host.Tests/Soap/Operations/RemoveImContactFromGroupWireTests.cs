using System.Net;
using Ews.ImGroups.Domain.Ids;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Operations;

public sealed class RemoveImContactFromGroupWireTests(FixedClockServer server) : ImListTest(server)
{
    private const string Operation = "RemoveImContactFromGroup";
    private const long Tony = ItemIds.FirstNewContactRow;

    [Fact]
    public async Task Contact_leaves_the_one_group_and_stays_on_the_list_through_its_other_group()
    {
        var team = await AddGroupAsync("Team");
        var tony = await AddNewContactAsync("tsmith@contoso.com", team, "Tony Smith");
        await AddContactToGroupAsync(tony, Users.AliceFavorites);

        var reply = await Client.PostAsync(Requests.RemoveImContactFromGroup(tony, team));

        reply.Status.Should().Be(HttpStatusCode.OK);
        XmlAssert.Equivalent(Responses.Success(Operation), reply.Body);
        XmlAssert.Equivalent(
            Responses.GetImItemList(
                Responses.AliceSystemGroups(favorites: (ItemIds.GroupChangeKey(1), [tony]))
                + Responses.UserGroup("Team", team, ItemIds.GroupChangeKey(2)),
                Responses.Persona(Responses.ContactPersonaFields(Tony, Now, "Tony Smith", "tsmith@contoso.com", "tsmith@contoso.com"))),
            (await ListAsync()).Body);
    }

    [Fact]
    public async Task Contact_that_leaves_its_only_group_leaves_the_personas()
    {
        var tony = await AddNewContactAsync("tsmith@contoso.com", Users.AliceFavorites);

        var reply = await Client.PostAsync(Requests.RemoveImContactFromGroup(tony, Users.AliceFavorites));

        XmlAssert.Equivalent(Responses.Success(Operation), reply.Body);
        XmlAssert.Equivalent(
            Responses.GetImItemList(Responses.AliceSystemGroups(favorites: (ItemIds.GroupChangeKey(2), []))),
            (await ListAsync()).Body);
    }

    [Fact]
    public async Task Contact_that_is_not_in_the_group_gets_the_reference_ErrorInvalidImContactId()
    {
        var team = await AddGroupAsync("Team");
        var tony = await AddNewContactAsync("tsmith@contoso.com", Users.AliceFavorites);
        var before = await ListAsync();

        var reply = await Client.PostAsync(Requests.RemoveImContactFromGroup(tony, team));

        XmlAssert.Equivalent(Responses.ErrorInvalidImContactId(Operation), reply.Body);
        await AssertListUnchangedAsync(before);
    }

    public static TheoryData<string, string> ContactsNotInThisMailbox => new()
    {
        { "contact that does not exist", ItemIds.AliceContact(999) },
        { "contact of another mailbox", Users.BobContactAlice },
        { "group id", Users.AliceTagged },
    };

    [Theory]
    [MemberData(nameof(ContactsNotInThisMailbox))]
    public async Task Contact_not_in_this_mailbox_gets_ErrorInvalidImContactId(string because, string contactId)
    {
        await AddContactToGroupAsync(Users.AliceContactBob, Users.AliceFavorites);
        var before = await ListAsync();

        var reply = await Client.PostAsync(Requests.RemoveImContactFromGroup(contactId, Users.AliceFavorites));

        reply.Status.Should().Be(HttpStatusCode.OK, because);
        XmlAssert.Equivalent(Responses.ErrorInvalidImContactId(Operation), reply.Body);
        await AssertListUnchangedAsync(before);
    }

    public static TheoryData<string, string> GroupsNotInThisMailbox => new()
    {
        { "group that does not exist", ItemIds.AliceGroup(999) },
        { "group of another mailbox", SampleIds.Codec.EncodeId(new ItemKey(ItemKind.Group, Users.BobMailbox, 6)) },
        { "contact id", Users.AliceContactCarol },
    };

    [Theory]
    [MemberData(nameof(GroupsNotInThisMailbox))]
    public async Task Group_not_in_this_mailbox_gets_ErrorInvalidImGroupId(string because, string groupId)
    {
        await AddContactToGroupAsync(Users.AliceContactBob, Users.AliceFavorites);
        var before = await ListAsync();

        var reply = await Client.PostAsync(Requests.RemoveImContactFromGroup(Users.AliceContactBob, groupId));

        reply.Status.Should().Be(HttpStatusCode.OK, because);
        XmlAssert.Equivalent(Responses.ErrorInvalidImGroupId(Operation), reply.Body);
        await AssertListUnchangedAsync(before);
    }

    [Fact]
    public async Task Distribution_group_gets_ErrorUnableToRemoveImContactFromGroup()
    {
        var engineering = await AddDistributionGroupAsync("engineering@contoso.com", "Engineering");
        await AddContactToGroupAsync(Users.AliceContactBob);
        var before = await ListAsync();

        var reply = await Client.PostAsync(Requests.RemoveImContactFromGroup(Users.AliceContactBob, engineering));

        XmlAssert.Equivalent(Responses.ErrorUnableToRemoveImContactFromGroup(Operation), reply.Body);
        await AssertListUnchangedAsync(before);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AAMkAGQ1MjJjMTBkLTc4Y2AA=")]
    public async Task Malformed_contact_or_group_id_gets_ErrorInvalidIdMalformed(string id)
    {
        await AddContactToGroupAsync(Users.AliceContactBob, Users.AliceFavorites);
        var before = await ListAsync();

        var contact = await Client.PostAsync(Requests.RemoveImContactFromGroup(id, Users.AliceFavorites));
        var group = await Client.PostAsync(Requests.RemoveImContactFromGroup(Users.AliceContactBob, id));

        XmlAssert.Equivalent(Responses.ErrorInvalidIdMalformed(Operation), contact.Body);
        XmlAssert.Equivalent(Responses.ErrorInvalidIdMalformed(Operation), group.Body);
        await AssertListUnchangedAsync(before);
    }

    [Fact]
    public async Task Empty_contact_or_group_id_gets_ErrorInvalidIdEmpty()
    {
        await AddContactToGroupAsync(Users.AliceContactBob, Users.AliceFavorites);
        var before = await ListAsync();

        var contact = await Client.PostAsync(Requests.RemoveImContactFromGroup(string.Empty, Users.AliceFavorites));
        var group = await Client.PostAsync(Requests.RemoveImContactFromGroup(Users.AliceContactBob, string.Empty));

        XmlAssert.Equivalent(Responses.ErrorInvalidIdEmpty(Operation), contact.Body);
        XmlAssert.Equivalent(Responses.ErrorInvalidIdEmpty(Operation), group.Body);
        await AssertListUnchangedAsync(before);
    }
}
