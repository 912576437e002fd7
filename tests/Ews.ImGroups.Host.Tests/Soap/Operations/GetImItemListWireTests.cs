using System.Net;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Operations;

public sealed class GetImItemListWireTests(FixedClockServer server) : ImListTest(server)
{
    private const long Zed = ItemIds.FirstNewContactRow;
    private const long Adam = ItemIds.FirstNewContactRow + 1;

    [Fact]
    public async Task Fresh_mailbox_lists_only_the_three_system_groups_and_no_personas()
    {
        var reply = await ListAsync();

        reply.Status.Should().Be(HttpStatusCode.OK);
        XmlAssert.Equivalent(Responses.AliceFreshList(), reply.Body);
    }

    [Fact]
    public async Task Request_with_ExtendedProperties_is_answered_with_the_default_property_set()
    {
        var request = Requests.GetImItemList().Replace(
            "<m:GetImItemList/>",
            """<m:GetImItemList><m:ExtendedProperties><t:ExtendedProperty PropertyTag="0x3001" PropertyType="String"/></m:ExtendedProperties></m:GetImItemList>""",
            StringComparison.Ordinal);

        var reply = await Client.PostAsync(request);

        XmlAssert.Equivalent(Responses.AliceFreshList(), reply.Body);
    }

    [Fact]
    public async Task System_groups_come_first_then_the_others_in_the_order_they_were_created()
    {
        var zeta = await AddGroupAsync("Zeta");
        var engineering = await AddDistributionGroupAsync("engineering@contoso.com", "Engineering");
        var alpha = await AddGroupAsync("Alpha");

        var reply = await ListAsync();

        XmlAssert.Equivalent(
            Responses.GetImItemList(
                Responses.AliceSystemGroups()
                + Responses.UserGroup("Zeta", zeta, ItemIds.NewGroupChangeKey)
                + Responses.DistributionGroup("Engineering", engineering, ItemIds.NewGroupChangeKey, "engineering@contoso.com")
                + Responses.UserGroup("Alpha", alpha, ItemIds.NewGroupChangeKey)),
            reply.Body);
    }

    [Fact]
    public async Task Personas_are_the_contacts_in_some_group_ordered_by_display_name_with_their_memberships()
    {
        var team = await AddGroupAsync("Team");
        await AddNewContactAsync("sip:zed@contoso.com", team, "Zed Zimmer");
        await AddNewContactAsync("adam@contoso.com", displayName: "Adam Ant");
        await AddContactToGroupAsync(Users.AliceContactBob, Users.AliceFavorites);
        await AddContactToGroupAsync(Users.AliceContactBob, team);

        var reply = await ListAsync();

        // Carol and Dave are contacts of the mailbox but in no group, so they are not on the list.
        XmlAssert.Equivalent(
            Responses.GetImItemList(
                Responses.AliceSystemGroups(
                    otherContacts: (ItemIds.GroupChangeKey(1), [ItemIds.AliceContact(Adam)]),
                    favorites: (ItemIds.GroupChangeKey(1), [Users.AliceContactBob]))
                + Responses.UserGroup("Team", team, ItemIds.GroupChangeKey(2), Users.AliceContactBob, ItemIds.AliceContact(Zed)),
                Responses.Persona(Responses.ContactPersonaFields(Adam, Now, "Adam Ant", "adam@contoso.com", "adam@contoso.com"))
                + Responses.Persona(SeededBob(reply))
                + Responses.Persona(Responses.ContactPersonaFields(Zed, Now, "Zed Zimmer", "sip:zed@contoso.com", "zed@contoso.com"))),
            reply.Body);
    }

    [Fact]
    public async Task Each_member_key_is_the_SourceId_of_the_members_persona()
    {
        var team = await AddGroupAsync("Team");
        await AddNewContactAsync("zed@contoso.com", team);
        await AddNewTelUriAsync(team);
        await AddContactToGroupAsync(Users.AliceContactBob, Users.AliceFavorites);
        await AddContactToGroupAsync(Users.AliceContactCarol);

        var reply = await ListAsync();

        var memberIds = reply.GroupIds().SelectMany(reply.MemberIds).Distinct().ToList();
        memberIds.Should().HaveCount(4);
        reply.SourceIds().Should().BeEquivalentTo(memberIds, "a client joins personas to groups by these ids");
    }

    [Fact]
    public async Task Another_mailbox_s_groups_and_contacts_are_not_listed()
    {
        await AddGroupAsync("Bob's team", asUser: Users.Bob);
        await Client.PostAsync(Requests.AddNewImContactToGroup("someone@contoso.com"), asUser: Users.Bob);

        var reply = await ListAsync();

        XmlAssert.Equivalent(Responses.AliceFreshList(), reply.Body);
    }

    [Fact]
    public async Task Request_for_Exchange2010_gets_the_reference_ErrorIncorrectSchemaVersion_fault()
    {
        var reply = await Client.PostAsync(Requests.GetImItemList(Requests.Versioned("Exchange2010_SP2")));

        reply.Status.Should().Be(HttpStatusCode.InternalServerError);
        XmlAssert.Equivalent(
            Responses.Fault(
                "ErrorIncorrectSchemaVersion",
                "The request is valid but does not specify the correct server version in the RequestServerVersion SOAP header.  Ensure that the RequestServerVersion SOAP header is set with the correct RequestServerVersionValue."),
            reply.Body);
    }

    /// <summary>Bob Brown, Alice's seeded contact: the seed stamps his creation time with the real clock.</summary>
    private static string SeededBob(EwsReply reply) => Responses.AliceContactBobPersona(reply.CreationTimeOf(ItemIds.AlicePersona(1)));

    private Task<EwsReply> AddNewTelUriAsync(string groupId) =>
        ExpectSuccessAsync(Requests.AddNewTelUriContactToGroup("tel:5625550100", "sip:john@contoso.com", "5625550100", groupId));
}
