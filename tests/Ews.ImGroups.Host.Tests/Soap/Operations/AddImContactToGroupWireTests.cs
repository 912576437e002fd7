using System.Net;
using Ews.ImGroups.Domain.Ids;
using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Operations;

public sealed class AddImContactToGroupWireTests(SharedServer server) : SharedServerTest<SharedServer>(server)
{
    private const string InvalidContact = "The specified Im Contact Id is invalid.";
    private const string InvalidGroup = "The specified Im Group Id is invalid.";

    [Fact]
    public async Task IM_contact_into_own_group_gets_the_reference_success_response_and_changes_the_group()
    {
        var group = await Client.PostAsync(Requests.AddImGroup("Team"));

        var reply = await Client.PostAsync(Requests.AddImContactToGroup(Users.AliceContactBob, group.StoreId));

        reply.Status.Should().Be(HttpStatusCode.OK);
        XmlAssert.Equivalent(Responses.AddImContactToGroupSuccess(), reply.Body);
        (await Server.MembershipsAsync()).Should().ContainSingle().Which.ContactId.Should().Be(1);
        var stored = (await Server.GroupsAsync(Users.AliceMailbox)).Single();
        ItemIdCodec.EncodeChangeKey(ItemKind.Group, stored.Version).Should().NotBe(group.ChangeKey, "a group's change key changes with its members");
    }

    [Fact]
    public async Task Contact_already_in_the_group_succeeds_without_changing_it()
    {
        var group = await Client.PostAsync(Requests.AddImGroup("Team"));
        await Client.PostAsync(Requests.AddImContactToGroup(Users.AliceContactBob, group.StoreId));
        var versionAfterFirstAdd = (await Server.GroupsAsync(Users.AliceMailbox)).Single().Version;

        var reply = await Client.PostAsync(Requests.AddImContactToGroup(Users.AliceContactBob, group.StoreId));

        XmlAssert.Equivalent(Responses.AddImContactToGroupSuccess(), reply.Body);
        (await Server.MembershipsAsync()).Should().ContainSingle();
        (await Server.GroupsAsync(Users.AliceMailbox)).Single().Version.Should().Be(versionAfterFirstAdd);
    }

    [Fact]
    public async Task Without_GroupId_the_contact_goes_to_Other_Contacts()
    {
        await Client.PostAsync(Requests.AddImContactToGroup(Users.AliceContactBob));
        var reply = await Client.PostAsync(Requests.AddImContactToGroup(Users.AliceContactCarol));

        XmlAssert.Equivalent(Responses.AddImContactToGroupSuccess(), reply.Body);
        var other = await Server.SystemGroupAsync(Users.AliceMailbox, GroupTypes.OtherContacts);
        other.DisplayName.Should().Be("Other Contacts");
        (await Server.MembershipsAsync()).Select(m => (m.GroupId, m.ContactId)).Should().Equal((other.Id, 1L), (other.Id, 2L));
        (await Server.GroupsAsync(Users.AliceMailbox)).Should().BeEmpty("no group is created for it");
    }

    [Fact]
    public async Task Contact_without_IM_address_gets_the_reference_ErrorInvalidImContactId()
    {
        var reply = await Client.PostAsync(Requests.AddImContactToGroup(Users.AliceContactDaveNoIm));

        reply.Status.Should().Be(HttpStatusCode.OK);
        XmlAssert.Equivalent(Responses.Error("AddImContactToGroup", InvalidContact, "ErrorInvalidImContactId"), reply.Body);
        await AssertUnchanged();
    }

    public static TheoryData<string, string> ForeignOrUnknownContacts => new()
    {
        { "contact of another mailbox", Users.BobContactAlice },
        { "contact that does not exist", SampleIds.Codec.EncodeId(new ItemKey(ItemKind.Contact, Users.AliceMailbox, 999)) },
        { "a group id", SampleIds.Codec.EncodeId(new ItemKey(ItemKind.Group, Users.AliceMailbox, 1)) },
    };

    [Theory]
    [MemberData(nameof(ForeignOrUnknownContacts))]
    public async Task Contact_not_in_this_mailbox_gets_ErrorInvalidImContactId(string because, string contactId)
    {
        var reply = await Client.PostAsync(Requests.AddImContactToGroup(contactId));

        XmlAssert.Equivalent(Responses.Error("AddImContactToGroup", InvalidContact, "ErrorInvalidImContactId"), reply.Body);
        await AssertUnchanged(because);
    }

    [Fact]
    public async Task Group_of_another_mailbox_gets_ErrorInvalidImGroupId_and_leaves_it_alone()
    {
        var bobsGroup = await Client.PostAsync(Requests.AddImGroup("Bob's team"), asUser: Users.Bob);

        var reply = await Client.PostAsync(Requests.AddImContactToGroup(Users.AliceContactBob, bobsGroup.StoreId));

        XmlAssert.Equivalent(Responses.Error("AddImContactToGroup", InvalidGroup, "ErrorInvalidImGroupId"), reply.Body);
        (await Server.MembershipsAsync()).Should().BeEmpty();
        (await Server.GroupsAsync(Users.BobMailbox)).Single().Version.Should().Be(0);
    }

    [Fact]
    public async Task Group_that_does_not_exist_gets_ErrorInvalidImGroupId()
    {
        var missing = SampleIds.Codec.EncodeId(new ItemKey(ItemKind.Group, Users.AliceMailbox, 42));

        var reply = await Client.PostAsync(Requests.AddImContactToGroup(Users.AliceContactBob, missing));

        XmlAssert.Equivalent(Responses.Error("AddImContactToGroup", InvalidGroup, "ErrorInvalidImGroupId"), reply.Body);
        await AssertUnchanged();
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AAMkAGQ1MjJjMTBkLTc4Y2AA=")]
    public async Task Malformed_id_gets_ErrorInvalidIdMalformed(string id)
    {
        var contact = await Client.PostAsync(Requests.AddImContactToGroup(id));
        var group = await Client.PostAsync(Requests.AddImContactToGroup(Users.AliceContactBob, id));

        XmlAssert.Equivalent(Responses.Error("AddImContactToGroup", "Id is malformed.", "ErrorInvalidIdMalformed"), contact.Body);
        XmlAssert.Equivalent(Responses.Error("AddImContactToGroup", "Id is malformed.", "ErrorInvalidIdMalformed"), group.Body);
        await AssertUnchanged();
    }

    [Fact]
    public async Task Empty_id_gets_ErrorInvalidIdEmpty()
    {
        var reply = await Client.PostAsync(Requests.AddImContactToGroup(string.Empty));

        XmlAssert.Equivalent(Responses.Error("AddImContactToGroup", "Id must be non-empty.", "ErrorInvalidIdEmpty"), reply.Body);
        await AssertUnchanged();
    }

    [Fact]
    public async Task Distribution_group_gets_ErrorInvalidImGroupId_as_its_members_come_from_the_directory()
    {
        var engineering = await Client.PostAsync(Requests.AddDistributionGroupToImList("engineering@contoso.com", "Engineering"));

        var reply = await Client.PostAsync(Requests.AddImContactToGroup(Users.AliceContactBob, engineering.StoreId));

        XmlAssert.Equivalent(Responses.Error("AddImContactToGroup", InvalidGroup, "ErrorInvalidImGroupId"), reply.Body);
        (await Server.MembershipsAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Contact_past_the_list_limit_gets_ErrorImContactLimitReached_while_listed_contacts_may_join_more_groups()
    {
        using var limited = new EwsServer(new Dictionary<string, string?> { ["Ews:MaxContactsPerMailbox"] = "1" });
        using var client = limited.CreateEwsClient();
        (await client.PostAsync(Requests.AddImContactToGroup(Users.AliceContactBob))).ResponseCode.Should().Be("NoError");

        var carol = await client.PostAsync(Requests.AddImContactToGroup(Users.AliceContactCarol));
        var bobAgain = await client.PostAsync(Requests.AddImContactToGroup(Users.AliceContactBob, Users.AliceFavorites));

        XmlAssert.Equivalent(
            Responses.Error("AddImContactToGroup", "The maximum number of IM contacts has been reached.", "ErrorImContactLimitReached"),
            carol.Body);
        XmlAssert.Equivalent(Responses.AddImContactToGroupSuccess(), bobAgain.Body);
        (await limited.MembershipsAsync()).Select(m => m.ContactId).Should().Equal(1L, 1L);
    }

    private async Task AssertUnchanged(string because = "")
    {
        (await Server.MembershipsAsync()).Should().BeEmpty(because);
        (await Server.GroupsAsync(Users.AliceMailbox)).Should().BeEmpty(because);
    }
}
