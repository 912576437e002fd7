using System.Net;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Operations;

public sealed class RemoveImGroupWireTests(FixedClockServer server) : ImListTest(server)
{
    private const string Operation = "RemoveImGroup";
    private const long Tony = ItemIds.FirstNewContactRow;

    [Fact]
    public async Task User_group_is_removed_and_members_in_no_other_group_leave_the_personas()
    {
        var team = await AddGroupAsync("Team");
        var other = await AddGroupAsync("Other team");
        await AddNewContactAsync("tsmith@contoso.com", team, "Tony Smith");
        await AddContactToGroupAsync(Users.AliceContactBob, team);
        await AddContactToGroupAsync(Users.AliceContactBob, Users.AliceFavorites);

        var reply = await Client.PostAsync(Requests.RemoveImGroup(team));

        reply.Status.Should().Be(HttpStatusCode.OK);
        XmlAssert.Equivalent(Responses.Success(Operation), reply.Body);
        var list = await ListAsync();
        XmlAssert.Equivalent(
            Responses.GetImItemList(
                Responses.AliceSystemGroups(favorites: (ItemIds.GroupChangeKey(1), [Users.AliceContactBob]))
                + Responses.UserGroup("Other team", other, ItemIds.NewGroupChangeKey),
                Responses.Persona(Responses.AliceContactBobPersona(list.CreationTimeOf(ItemIds.AlicePersona(1))))),
            list.Body);
    }

    [Fact]
    public async Task Contact_that_left_with_the_group_is_the_same_contact_when_its_address_is_added_again()
    {
        var team = await AddGroupAsync("Team");
        var tony = await AddNewContactAsync("tsmith@contoso.com", team, "Tony Smith");
        await Client.PostAsync(Requests.RemoveImGroup(team));

        var again = await Client.PostAsync(Requests.AddNewImContactToGroup("tsmith@contoso.com"));

        // Unlike RemoveContactFromImList, removing its group does not delete the contact the list made.
        XmlAssert.Equivalent(
            Responses.AddNewImContactToGroupSuccess(Responses.ContactPersonaFields(Tony, Now, "Tony Smith", "tsmith@contoso.com", "tsmith@contoso.com")),
            again.Body);
        again.SourceIds().Should().Equal(tony);
    }

    [Fact]
    public async Task Distribution_group_can_be_removed_too()
    {
        var engineering = await AddDistributionGroupAsync("engineering@contoso.com", "Engineering");

        var reply = await Client.PostAsync(Requests.RemoveImGroup(engineering));

        XmlAssert.Equivalent(Responses.Success(Operation), reply.Body);
        XmlAssert.Equivalent(Responses.AliceFreshList(), (await ListAsync()).Body);
    }

    [Fact]
    public async Task Removed_group_s_name_is_free_again()
    {
        var team = await AddGroupAsync("Team");
        await Client.PostAsync(Requests.RemoveImGroup(team));

        var again = await Client.PostAsync(Requests.AddImGroup("Team"));

        again.ResponseCode.Should().Be("NoError");
    }

    [Theory]
    [InlineData(Users.AliceOtherContacts)]
    [InlineData(Users.AliceTagged)]
    [InlineData(Users.AliceFavorites)]
    public async Task System_group_gets_ErrorCannotDeleteObject_and_stays(string groupId)
    {
        await AddContactToGroupAsync(Users.AliceContactBob, groupId);
        var before = await ListAsync();

        var reply = await Client.PostAsync(Requests.RemoveImGroup(groupId));

        XmlAssert.Equivalent(Responses.ErrorCannotDeleteObject(Operation), reply.Body);
        await AssertListUnchangedAsync(before);
    }

    [Theory]
    [InlineData("group that does not exist (Alice's group row 999)", "AkcBAAAAAAAAAOcDAAAAAAAAnbuaAA30xbM=")]
    [InlineData("contact id", Users.AliceContactBob)]
    public async Task Id_of_no_group_gets_the_reference_ErrorInvalidImGroupId(string because, string groupId)
    {
        var reply = await Client.PostAsync(Requests.RemoveImGroup(groupId));

        reply.Status.Should().Be(HttpStatusCode.OK, because);
        XmlAssert.Equivalent(Responses.ErrorInvalidImGroupId(Operation), reply.Body);
        XmlAssert.Equivalent(Responses.AliceFreshList(), (await ListAsync()).Body);
    }

    [Fact]
    public async Task Group_removed_already_gets_ErrorInvalidImGroupId()
    {
        var team = await AddGroupAsync("Team");
        await Client.PostAsync(Requests.RemoveImGroup(team));

        var reply = await Client.PostAsync(Requests.RemoveImGroup(team));

        XmlAssert.Equivalent(Responses.ErrorInvalidImGroupId(Operation), reply.Body);
    }

    [Fact]
    public async Task Group_of_another_mailbox_gets_ErrorInvalidImGroupId_and_stays_on_that_list()
    {
        var bobsTeam = await AddGroupAsync("Bob's team", asUser: Users.Bob);
        var bobsList = await ListAsync(Users.Bob);

        var reply = await Client.PostAsync(Requests.RemoveImGroup(bobsTeam));

        XmlAssert.Equivalent(Responses.ErrorInvalidImGroupId(Operation), reply.Body);
        await AssertListUnchangedAsync(bobsList, Users.Bob);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AAMkAGQ1MjJjMTBkLTc4Y2AA=")]
    public async Task Malformed_id_gets_the_reference_ErrorInvalidIdMalformed(string groupId)
    {
        await AddGroupAsync("Team");
        var before = await ListAsync();

        var reply = await Client.PostAsync(Requests.RemoveImGroup(groupId));

        XmlAssert.Equivalent(Responses.ErrorInvalidIdMalformed(Operation), reply.Body);
        await AssertListUnchangedAsync(before);
    }

    [Fact]
    public async Task Empty_id_gets_ErrorInvalidIdEmpty()
    {
        await AddGroupAsync("Team");
        var before = await ListAsync();

        var reply = await Client.PostAsync(Requests.RemoveImGroup(string.Empty));

        XmlAssert.Equivalent(Responses.ErrorInvalidIdEmpty(Operation), reply.Body);
        await AssertListUnchangedAsync(before);
    }
}
