using System.Net;
using Ews.ImGroups.Domain.Ids;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Operations;

public sealed class GetImItemsWireTests(FixedClockServer server) : ImListTest(server)
{
    private const long Tony = ItemIds.FirstNewContactRow;

    [Fact]
    public async Task Named_group_and_contact_are_returned_with_the_groups_members_and_the_contacts_persona()
    {
        var team = await AddGroupAsync("Exchange SDK Team");
        var tony = await AddNewContactAsync("tsmith@contoso.com", team, "Tony Smith");
        await AddGroupAsync("Not asked for");

        var reply = await Client.PostAsync(Requests.GetImItems([tony], [team]));

        reply.Status.Should().Be(HttpStatusCode.OK);
        XmlAssert.Equivalent(
            Responses.GetImItems(
                Responses.UserGroup("Exchange SDK Team", team, ItemIds.GroupChangeKey(1), tony),
                Responses.Persona(Responses.ContactPersonaFields(Tony, Now, "Tony Smith", "tsmith@contoso.com", "tsmith@contoso.com"))),
            reply.Body);
    }

    [Fact]
    public async Task Groups_alone_are_returned_without_personas_even_with_members()
    {
        var team = await AddGroupAsync("Team");
        var tony = await AddNewContactAsync("tsmith@contoso.com", team);

        var reply = await Client.PostAsync(Requests.GetImItems(groupIds: [team, Users.AliceFavorites]));

        // Favorites comes first: the list order, not the order asked in.
        XmlAssert.Equivalent(
            Responses.GetImItems(
                Responses.ImGroup("Favorites", "IPM.DistList.MOC.Favorites", Users.AliceFavorites, ItemIds.NewGroupChangeKey)
                + Responses.UserGroup("Team", team, ItemIds.GroupChangeKey(1), tony)),
            reply.Body);
    }

    [Fact]
    public async Task Change_keys_in_the_request_are_ignored()
    {
        var team = await AddGroupAsync("Team");
        await AddNewContactAsync("tsmith@contoso.com", team);

        // The request sends the new-group change key; the group has moved on to version 1 since.
        var reply = await Client.PostAsync(Requests.GetImItems(groupIds: [team]));

        XmlAssert.Equivalent(
            Responses.GetImItems(Responses.UserGroup("Team", team, ItemIds.GroupChangeKey(1), ItemIds.AliceContact(Tony))),
            reply.Body);
    }

    public static TheoryData<string, string> IdsThatNameNothingHere => new()
    {
        { "malformed", "not base64!" },
        { "unknown contact", ItemIds.AliceContact(999) },
        { "unknown group", ItemIds.AliceGroup(999) },
        { "contact of another mailbox", Users.BobContactAlice },
        { "group of another mailbox", SampleIds.Codec.EncodeId(new ItemKey(ItemKind.Group, Users.BobMailbox, 4)) },
        { "persona id", ItemIds.AlicePersona(1) },
        { "contact of the mailbox that is on no list", Users.AliceContactCarol },
    };

    [Theory]
    [MemberData(nameof(IdsThatNameNothingHere))]
    public async Task Id_that_names_nothing_on_the_list_is_passed_over_with_Success(string because, string id)
    {
        var reply = await Client.PostAsync(Requests.GetImItems([id], [id]));

        reply.Status.Should().Be(HttpStatusCode.OK, because);
        XmlAssert.Equivalent(Responses.GetImItems(string.Empty), reply.Body);
    }

    [Fact]
    public async Task Empty_id_is_passed_over_with_Success()
    {
        var reply = await Client.PostAsync(Requests.GetImItems([string.Empty], [string.Empty]));

        XmlAssert.Equivalent(Responses.GetImItems(string.Empty), reply.Body);
    }

    [Fact]
    public async Task Valid_ids_are_answered_beside_ids_that_are_passed_over()
    {
        await AddContactToGroupAsync(Users.AliceContactBob, Users.AliceFavorites);

        var reply = await Client.PostAsync(Requests.GetImItems(
            ["not base64!", Users.AliceContactBob, Users.BobContactAlice],
            [ItemIds.AliceGroup(999), Users.AliceFavorites]));

        XmlAssert.Equivalent(
            Responses.GetImItems(
                Responses.ImGroup("Favorites", "IPM.DistList.MOC.Favorites", Users.AliceFavorites, ItemIds.GroupChangeKey(1), [Users.AliceContactBob]),
                Responses.Persona(Responses.AliceContactBobPersona(reply.CreationTimeOf(ItemIds.AlicePersona(1))))),
            reply.Body);
    }

    [Fact]
    public async Task Request_without_ids_gets_empty_lists()
    {
        var reply = await Client.PostAsync(Requests.GetImItems());

        XmlAssert.Equivalent(Responses.GetImItems(string.Empty), reply.Body);
    }

    [Fact]
    public async Task Reading_changes_nothing()
    {
        var team = await AddGroupAsync("Team");
        await AddNewContactAsync("tsmith@contoso.com", team);
        var before = await ListAsync();

        await Client.PostAsync(Requests.GetImItems([ItemIds.AliceContact(Tony)], [team]));

        await AssertListUnchangedAsync(before);
    }
}
