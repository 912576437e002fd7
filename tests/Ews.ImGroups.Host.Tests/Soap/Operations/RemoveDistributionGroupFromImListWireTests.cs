using System.Net;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Operations;

public sealed class RemoveDistributionGroupFromImListWireTests(FixedClockServer server) : ImListTest(server)
{
    private const string Operation = "RemoveDistributionGroupFromImList";

    [Fact]
    public async Task Listed_distribution_group_is_removed_with_the_reference_success_response()
    {
        var engineering = await AddDistributionGroupAsync("engineering@contoso.com", "Engineering");
        var team = await AddGroupAsync("Team");

        var reply = await Client.PostAsync(Requests.RemoveDistributionGroupFromImList(engineering));

        reply.Status.Should().Be(HttpStatusCode.OK);
        XmlAssert.Equivalent(Responses.Success(Operation), reply.Body);
        XmlAssert.Equivalent(
            Responses.GetImItemList(Responses.AliceSystemGroups() + Responses.UserGroup("Team", team, ItemIds.NewGroupChangeKey)),
            (await ListAsync()).Body);
    }

    [Fact]
    public async Task Group_that_was_already_removed_gets_the_reference_ErrorItemNotFound()
    {
        var engineering = await AddDistributionGroupAsync("engineering@contoso.com", "Engineering");
        await Client.PostAsync(Requests.RemoveDistributionGroupFromImList(engineering));

        var reply = await Client.PostAsync(Requests.RemoveDistributionGroupFromImList(engineering));

        XmlAssert.Equivalent(Responses.ErrorItemNotFound(Operation), reply.Body);
        XmlAssert.Equivalent(Responses.AliceFreshList(), (await ListAsync()).Body);
    }

    [Fact]
    public async Task Removed_group_can_be_added_again_as_a_new_group()
    {
        var engineering = await AddDistributionGroupAsync("engineering@contoso.com", "Engineering");
        await Client.PostAsync(Requests.RemoveDistributionGroupFromImList(engineering));

        var again = await AddDistributionGroupAsync("engineering@contoso.com", "Engineering");

        again.Should().NotBe(engineering);
        (await ListAsync()).GroupIds().Should().EndWith(again).And.NotContain(engineering);
    }

    [Fact]
    public async Task User_group_gets_ErrorItemNotFound_and_stays()
    {
        var team = await AddGroupAsync("Team");
        var before = await ListAsync();

        var reply = await Client.PostAsync(Requests.RemoveDistributionGroupFromImList(team));

        XmlAssert.Equivalent(Responses.ErrorItemNotFound(Operation), reply.Body);
        await AssertListUnchangedAsync(before);
    }

    [Theory]
    [InlineData(Users.AliceOtherContacts)]
    [InlineData(Users.AliceTagged)]
    [InlineData(Users.AliceFavorites)]
    public async Task System_group_gets_ErrorItemNotFound_and_stays(string groupId)
    {
        var reply = await Client.PostAsync(Requests.RemoveDistributionGroupFromImList(groupId));

        XmlAssert.Equivalent(Responses.ErrorItemNotFound(Operation), reply.Body);
        XmlAssert.Equivalent(Responses.AliceFreshList(), (await ListAsync()).Body);
    }

    [Fact]
    public async Task Distribution_group_of_another_mailbox_gets_ErrorItemNotFound_and_stays_on_that_list()
    {
        var bobsEngineering = await AddDistributionGroupAsync("engineering@contoso.com", "Engineering", asUser: Users.Bob);
        var bobsList = await ListAsync(Users.Bob);

        var reply = await Client.PostAsync(Requests.RemoveDistributionGroupFromImList(bobsEngineering));

        XmlAssert.Equivalent(Responses.ErrorItemNotFound(Operation), reply.Body);
        await AssertListUnchangedAsync(bobsList, Users.Bob);
    }

    [Theory]
    [InlineData("group that does not exist (Alice's group row 999)", "AkcBAAAAAAAAAOcDAAAAAAAAnbuaAA30xbM=")]
    [InlineData("contact id", Users.AliceContactBob)]
    public async Task Id_of_no_group_gets_ErrorItemNotFound(string because, string groupId)
    {
        var reply = await Client.PostAsync(Requests.RemoveDistributionGroupFromImList(groupId));

        reply.Status.Should().Be(HttpStatusCode.OK, because);
        XmlAssert.Equivalent(Responses.ErrorItemNotFound(Operation), reply.Body);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AAMkADEzO4QrAABmEh5oAAA=")]
    public async Task Malformed_id_gets_ErrorInvalidIdMalformed(string groupId)
    {
        await AddDistributionGroupAsync("engineering@contoso.com", "Engineering");
        var before = await ListAsync();

        var reply = await Client.PostAsync(Requests.RemoveDistributionGroupFromImList(groupId));

        XmlAssert.Equivalent(Responses.ErrorInvalidIdMalformed(Operation), reply.Body);
        await AssertListUnchangedAsync(before);
    }

    [Fact]
    public async Task Empty_id_gets_ErrorInvalidIdEmpty()
    {
        await AddDistributionGroupAsync("engineering@contoso.com", "Engineering");
        var before = await ListAsync();

        var reply = await Client.PostAsync(Requests.RemoveDistributionGroupFromImList(string.Empty));

        XmlAssert.Equivalent(Responses.ErrorInvalidIdEmpty(Operation), reply.Body);
        await AssertListUnchangedAsync(before);
    }
}
