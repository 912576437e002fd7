using System.Net;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Operations;

public sealed class RemoveContactFromImListWireTests(FixedClockServer server) : ImListTest(server)
{
    private const string Operation = "RemoveContactFromImList";

    [Fact]
    public async Task Contact_leaves_every_group_and_the_personas()
    {
        var team = await AddGroupAsync("Team");
        var tony = await AddNewContactAsync("tsmith@contoso.com", team, "Tony Smith");
        await AddContactToGroupAsync(tony, Users.AliceFavorites);
        await AddContactToGroupAsync(Users.AliceContactBob, team);

        // The reference request sends no MailboxCulture.
        var reply = await Client.PostAsync(Requests.RemoveContactFromImList(tony, Requests.VersionOnlyHeaders));

        reply.Status.Should().Be(HttpStatusCode.OK);
        XmlAssert.Equivalent(Responses.Success(Operation), reply.Body);
        var list = await ListAsync();
        XmlAssert.Equivalent(
            Responses.GetImItemList(
                Responses.AliceSystemGroups(favorites: (ItemIds.GroupChangeKey(2), []))
                + Responses.UserGroup("Team", team, ItemIds.GroupChangeKey(3), Users.AliceContactBob),
                Responses.Persona(Responses.AliceContactBobPersona(list.CreationTimeOf(ItemIds.AlicePersona(1))))),
            list.Body);
    }

    [Fact]
    public async Task Contact_the_list_made_is_deleted_so_adding_its_address_again_makes_a_new_contact()
    {
        var tony = await AddNewContactAsync("tsmith@contoso.com");
        await Client.PostAsync(Requests.RemoveContactFromImList(tony));

        var again = await AddNewContactAsync("tsmith@contoso.com");

        again.Should().Be(ItemIds.AliceContact(ItemIds.FirstNewContactRow + 1));
        (await Client.PostAsync(Requests.AddImContactToGroup(tony))).ResponseCode.Should().Be("ErrorInvalidImContactId", "the old contact is gone");
    }

    [Fact]
    public async Task Contact_of_the_mailbox_s_own_stays_in_the_mailbox_and_can_be_listed_again()
    {
        await AddContactToGroupAsync(Users.AliceContactBob, Users.AliceFavorites);
        await Client.PostAsync(Requests.RemoveContactFromImList(Users.AliceContactBob));

        var again = await Client.PostAsync(Requests.AddImContactToGroup(Users.AliceContactBob, Users.AliceFavorites));

        XmlAssert.Equivalent(Responses.AddImContactToGroupSuccess(), again.Body);
        (await ListAsync()).SourceIds().Should().Equal(Users.AliceContactBob);
    }

    [Fact]
    public async Task Contact_that_is_not_on_the_list_gets_the_reference_ErrorItemNotFound()
    {
        await AddContactToGroupAsync(Users.AliceContactBob, Users.AliceFavorites);
        var before = await ListAsync();

        var reply = await Client.PostAsync(Requests.RemoveContactFromImList(Users.AliceContactCarol));

        XmlAssert.Equivalent(Responses.ErrorItemNotFound(Operation), reply.Body);
        await AssertListUnchangedAsync(before);
    }

    [Fact]
    public async Task Contact_removed_already_gets_ErrorItemNotFound()
    {
        var tony = await AddNewContactAsync("tsmith@contoso.com");
        await Client.PostAsync(Requests.RemoveContactFromImList(tony));

        var reply = await Client.PostAsync(Requests.RemoveContactFromImList(tony));

        XmlAssert.Equivalent(Responses.ErrorItemNotFound(Operation), reply.Body);
        XmlAssert.Equivalent(Responses.GetImItemList(Responses.AliceSystemGroups(otherContacts: (ItemIds.GroupChangeKey(2), []))), (await ListAsync()).Body);
    }

    [Theory]
    [InlineData("contact that does not exist (Alice's contact row 999)", "AkMBAAAAAAAAAOcDAAAAAAAA3oz3T7PF7Ms=")]
    [InlineData("contact of another mailbox", Users.BobContactAlice)]
    [InlineData("group id", Users.AliceFavorites)]
    public async Task Id_of_no_contact_of_this_mailbox_gets_ErrorItemNotFound(string because, string contactId)
    {
        var reply = await Client.PostAsync(Requests.RemoveContactFromImList(contactId));

        reply.Status.Should().Be(HttpStatusCode.OK, because);
        XmlAssert.Equivalent(Responses.ErrorItemNotFound(Operation), reply.Body);
    }

    [Fact]
    public async Task Contact_of_another_mailbox_stays_on_that_list()
    {
        await Client.PostAsync(Requests.AddImContactToGroup(Users.BobContactAlice), asUser: Users.Bob);
        var bobsList = await ListAsync(Users.Bob);

        await Client.PostAsync(Requests.RemoveContactFromImList(Users.BobContactAlice));

        await AssertListUnchangedAsync(bobsList, Users.Bob);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AAMkAGQ1MjJjMTBkLTc4Y2AA=")]
    public async Task Malformed_id_gets_ErrorInvalidIdMalformed(string contactId)
    {
        var reply = await Client.PostAsync(Requests.RemoveContactFromImList(contactId));

        XmlAssert.Equivalent(Responses.ErrorInvalidIdMalformed(Operation), reply.Body);
    }

    [Fact]
    public async Task Reference_request_with_an_empty_id_gets_ErrorInvalidIdEmpty()
    {
        await AddContactToGroupAsync(Users.AliceContactBob);
        var before = await ListAsync();

        var reply = await Client.PostAsync(Requests.RemoveContactFromImList(string.Empty, Requests.VersionOnlyHeaders));

        XmlAssert.Equivalent(Responses.ErrorInvalidIdEmpty(Operation), reply.Body);
        await AssertListUnchangedAsync(before);
    }
}
