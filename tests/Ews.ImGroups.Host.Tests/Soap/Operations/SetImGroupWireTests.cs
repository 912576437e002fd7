using System.Net;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Operations;

public sealed class SetImGroupWireTests(FixedClockServer server) : ImListTest(server)
{
    private const string Operation = "SetImGroup";

    [Fact]
    public async Task Reference_request_renames_the_group_and_changes_its_ChangeKey()
    {
        var group = await AddGroupAsync("MyCustomGroup");
        var tony = await AddNewContactAsync("tsmith@contoso.com", group);

        var reply = await Client.PostAsync(Requests.SetImGroup(group, "MyNewGroupName"));

        reply.Status.Should().Be(HttpStatusCode.OK);
        XmlAssert.Equivalent(Responses.Success(Operation), reply.Body);
        var list = await ListAsync();
        XmlAssert.Equivalent(
            Responses.GetImItemList(
                Responses.AliceSystemGroups() + Responses.UserGroup("MyNewGroupName", group, ItemIds.GroupChangeKey(2), tony),
                Responses.Persona(Responses.ContactPersonaFields(ItemIds.FirstNewContactRow, Now, "tsmith@contoso.com", "tsmith@contoso.com", "tsmith@contoso.com"))),
            list.Body);
    }

    [Fact]
    public async Task Each_rename_gives_a_ChangeKey_not_seen_before()
    {
        var group = await AddGroupAsync("One");
        var seen = new List<string?> { (await ListAsync()).GroupChangeKey(group) };

        foreach (var name in new[] { "Two", "Three", "One" })
        {
            (await Client.PostAsync(Requests.SetImGroup(group, name))).ResponseCode.Should().Be("NoError");
            seen.Add((await ListAsync()).GroupChangeKey(group));
        }

        seen.Should().OnlyHaveUniqueItems().And.NotContainNulls();
    }

    [Fact]
    public async Task Group_may_take_its_own_name_in_another_case()
    {
        var group = await AddGroupAsync("Team");

        var reply = await Client.PostAsync(Requests.SetImGroup(group, "TEAM"));

        XmlAssert.Equivalent(Responses.Success(Operation), reply.Body);
        XmlAssert.Equivalent(
            Responses.GetImItemList(Responses.AliceSystemGroups() + Responses.UserGroup("TEAM", group, ItemIds.GroupChangeKey(1))),
            (await ListAsync()).Body);
    }

    [Fact]
    public async Task Distribution_group_can_be_renamed()
    {
        var engineering = await AddDistributionGroupAsync("engineering@contoso.com", "Engineering");

        var reply = await Client.PostAsync(Requests.SetImGroup(engineering, "Builders"));

        XmlAssert.Equivalent(Responses.Success(Operation), reply.Body);
        XmlAssert.Equivalent(
            Responses.GetImItemList(
                Responses.AliceSystemGroups()
                + Responses.DistributionGroup("Builders", engineering, ItemIds.GroupChangeKey(1), "engineering@contoso.com")),
            (await ListAsync()).Body);
    }

    [Theory]
    [InlineData("Friends")]
    [InlineData("FRIENDS")]
    [InlineData(" friends ")]
    [InlineData("Other Contacts")]
    [InlineData("tagged")]
    public async Task Name_of_an_existing_group_gets_the_reference_ErrorImGroupDisplayNameAlreadyExists(string newName)
    {
        await AddGroupAsync("Friends");
        var group = await AddGroupAsync("Team");
        var before = await ListAsync();

        var reply = await Client.PostAsync(Requests.SetImGroup(group, newName));

        XmlAssert.Equivalent(Responses.ErrorImGroupDisplayNameAlreadyExists(Operation), reply.Body);
        await AssertListUnchangedAsync(before);
    }

    [Fact]
    public async Task Name_of_a_group_in_another_mailbox_is_allowed()
    {
        await AddGroupAsync("Friends", asUser: Users.Bob);
        var group = await AddGroupAsync("Team");

        var reply = await Client.PostAsync(Requests.SetImGroup(group, "Friends"));

        XmlAssert.Equivalent(Responses.Success(Operation), reply.Body);
    }

    [Theory]
    [InlineData(Users.AliceOtherContacts)]
    [InlineData(Users.AliceTagged)]
    [InlineData(Users.AliceFavorites)]
    public async Task System_group_gets_ErrorInvalidOperation_and_keeps_its_name(string groupId)
    {
        var reply = await Client.PostAsync(Requests.SetImGroup(groupId, "Renamed"));

        XmlAssert.Equivalent(Responses.ErrorInvalidOperation(Operation), reply.Body);
        XmlAssert.Equivalent(Responses.AliceFreshList(), (await ListAsync()).Body);
    }

    [Theory]
    [InlineData("group that does not exist (Alice's group row 999)", "AkcBAAAAAAAAAOcDAAAAAAAAnbuaAA30xbM=")]
    [InlineData("contact id", Users.AliceContactBob)]
    public async Task Id_of_no_group_gets_ErrorInvalidImGroupId(string because, string groupId)
    {
        var reply = await Client.PostAsync(Requests.SetImGroup(groupId, "Renamed"));

        reply.Status.Should().Be(HttpStatusCode.OK, because);
        XmlAssert.Equivalent(Responses.ErrorInvalidImGroupId(Operation), reply.Body);
        XmlAssert.Equivalent(Responses.AliceFreshList(), (await ListAsync()).Body);
    }

    [Fact]
    public async Task Group_of_another_mailbox_gets_ErrorInvalidImGroupId_and_keeps_its_name()
    {
        var bobsTeam = await AddGroupAsync("Bob's team", asUser: Users.Bob);
        var bobsList = await ListAsync(Users.Bob);

        var reply = await Client.PostAsync(Requests.SetImGroup(bobsTeam, "Renamed"));

        XmlAssert.Equivalent(Responses.ErrorInvalidImGroupId(Operation), reply.Body);
        await AssertListUnchangedAsync(bobsList, Users.Bob);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AAMkAGQ1MjJjMTBkLTc4Y2AA=")]
    public async Task Malformed_id_gets_ErrorInvalidIdMalformed(string groupId)
    {
        await AddGroupAsync("Team");
        var before = await ListAsync();

        var reply = await Client.PostAsync(Requests.SetImGroup(groupId, "Renamed"));

        XmlAssert.Equivalent(Responses.ErrorInvalidIdMalformed(Operation), reply.Body);
        await AssertListUnchangedAsync(before);
    }

    [Fact]
    public async Task Empty_id_gets_ErrorInvalidIdEmpty()
    {
        await AddGroupAsync("Team");
        var before = await ListAsync();

        var reply = await Client.PostAsync(Requests.SetImGroup(string.Empty, "Renamed"));

        XmlAssert.Equivalent(Responses.ErrorInvalidIdEmpty(Operation), reply.Body);
        await AssertListUnchangedAsync(before);
    }
}
