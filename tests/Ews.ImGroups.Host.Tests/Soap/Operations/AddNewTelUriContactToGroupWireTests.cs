using System.Net;
using Ews.ImGroups.Domain.Ids;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Operations;

public sealed class AddNewTelUriContactToGroupWireTests(FixedClockServer server) : ImListTest(server)
{
    private const string Operation = "AddNewTelUriContactToGroup";
    private const long John = ItemIds.FirstNewContactRow;

    [Fact]
    public async Task Reference_request_gets_a_nameless_persona_showing_the_number_and_the_contact_joins_the_group()
    {
        var group = await AddGroupAsync("Phones");

        var reply = await Client.PostAsync(Requests.AddNewTelUriContactToGroup("tel:5625550100", "sip:john@contoso.com", "5625550100", group));

        reply.Status.Should().Be(HttpStatusCode.OK);
        var john = Responses.TelUriPersonaFields(John, Now, "5625550100");
        XmlAssert.Equivalent(Responses.AddNewTelUriContactToGroupSuccess(john), reply.Body);
        XmlAssert.Equivalent(
            Responses.GetImItemList(
                Responses.AliceSystemGroups() + Responses.UserGroup("Phones", group, ItemIds.GroupChangeKey(1), ItemIds.AliceContact(John)),
                Responses.Persona(john)),
            (await ListAsync()).Body);
    }

    [Fact]
    public async Task Persona_has_no_SIP_address_no_email_and_comes_read_only_from_Lync_Contacts()
    {
        var reply = await Client.PostAsync(Requests.AddNewTelUriContactToGroup("tel:5625550100", "sip:john@contoso.com", "5625550100"));

        // The exact layout is checked above; these are the points a client relies on, named.
        reply.Body.Should().NotContain("john@contoso.com");
        reply.Xml.Descendants().Single(e => e.Name.LocalName == "Attribution" && e.HasElements).Elements()
            .Select(e => $"{e.Name.LocalName}={e.Value}")
            .Should().Contain(["DisplayName=Lync Contacts", "IsWritable=false", "IsQuickContact=true"]);
    }

    [Fact]
    public async Task Without_GroupId_the_contact_joins_Other_Contacts()
    {
        var reply = await Client.PostAsync(Requests.AddNewTelUriContactToGroup("tel:5625550100", "sip:john@contoso.com", "5625550100"));

        var john = Responses.TelUriPersonaFields(John, Now, "5625550100");
        XmlAssert.Equivalent(Responses.AddNewTelUriContactToGroupSuccess(john), reply.Body);
        XmlAssert.Equivalent(
            Responses.GetImItemList(
                Responses.AliceSystemGroups(otherContacts: (ItemIds.GroupChangeKey(1), [ItemIds.AliceContact(John)])),
                Responses.Persona(john)),
            (await ListAsync()).Body);
    }

    [Fact]
    public async Task Same_SIP_URI_in_another_spelling_returns_the_same_persona_and_makes_no_second_contact()
    {
        var first = await Client.PostAsync(Requests.AddNewTelUriContactToGroup("tel:5625550100", "sip:john@contoso.com", "5625550100"));

        var again = await Client.PostAsync(Requests.AddNewTelUriContactToGroup("tel:5625550199", "JOHN@contoso.com", "5625550199", Users.AliceFavorites));

        // The contact is matched by its SIP URI; the number it was made with stays.
        XmlAssert.Equivalent(first.Body, again.Body);
        var list = await ListAsync();
        list.PersonaIds().Should().Equal(ItemIds.AlicePersona(John));
        list.MemberIds(Users.AliceFavorites).Should().Equal(ItemIds.AliceContact(John));
    }

    [Fact]
    public async Task SIP_URI_of_a_contact_with_that_IM_address_adds_that_contact()
    {
        var reply = await Client.PostAsync(Requests.AddNewTelUriContactToGroup("tel:4255550110", "sip:bob@contoso.com", "4255550110"));

        var bob = Responses.AliceContactBobPersona(reply.CreationTimeOf(ItemIds.AlicePersona(1)));
        XmlAssert.Equivalent(Responses.AddNewTelUriContactToGroupSuccess(bob), reply.Body);
        (await ListAsync()).MemberIds(Users.AliceOtherContacts).Should().Equal(Users.AliceContactBob);
    }

    public static TheoryData<string, string> GroupsNotFound => new()
    {
        { "well-formed id of no group, as in the reference", ItemIds.AliceGroup(999) },
        { "group of another mailbox", SampleIds.Codec.EncodeId(new ItemKey(ItemKind.Group, Users.BobMailbox, 6)) },
        { "contact id", Users.AliceContactBob },
    };

    [Theory]
    [MemberData(nameof(GroupsNotFound))]
    public async Task Group_not_in_this_mailbox_gets_the_reference_ErrorItemNotFound(string because, string groupId)
    {
        var reply = await Client.PostAsync(Requests.AddNewTelUriContactToGroup("tel:5625550100", "sip:john@contoso.com", "5625550100", groupId));

        reply.Status.Should().Be(HttpStatusCode.OK, because);
        XmlAssert.Equivalent(Responses.ErrorItemNotFound(Operation), reply.Body);
        XmlAssert.Equivalent(Responses.AliceFreshList(), (await ListAsync()).Body);
    }

    [Fact]
    public async Task Distribution_group_gets_ErrorItemNotFound()
    {
        var sales = await AddDistributionGroupAsync("sales@contoso.com", "Sales");
        var before = await ListAsync();

        var reply = await Client.PostAsync(Requests.AddNewTelUriContactToGroup("tel:5625550100", "sip:john@contoso.com", "5625550100", sales));

        XmlAssert.Equivalent(Responses.ErrorItemNotFound(Operation), reply.Body);
        await AssertListUnchangedAsync(before);
    }

    [Fact]
    public async Task Malformed_GroupId_gets_ErrorInvalidIdMalformed()
    {
        var reply = await Client.PostAsync(Requests.AddNewTelUriContactToGroup("tel:5625550100", "sip:john@contoso.com", "5625550100", "AAMkADEzOTm4QrAABY7+0GAAA="));

        XmlAssert.Equivalent(Responses.ErrorInvalidIdMalformed(Operation), reply.Body);
        XmlAssert.Equivalent(Responses.AliceFreshList(), (await ListAsync()).Body);
    }

    [Fact]
    public async Task Empty_GroupId_gets_ErrorInvalidIdEmpty()
    {
        var reply = await Client.PostAsync(Requests.AddNewTelUriContactToGroup("tel:5625550100", "sip:john@contoso.com", "5625550100", string.Empty));

        XmlAssert.Equivalent(Responses.ErrorInvalidIdEmpty(Operation), reply.Body);
        XmlAssert.Equivalent(Responses.AliceFreshList(), (await ListAsync()).Body);
    }

    [Fact]
    public async Task New_number_past_the_configured_contact_limit_gets_ErrorImContactLimitReached()
    {
        using var limited = LimitedServer("Ews:MaxContactsPerMailbox", 2);
        using var client = limited.CreateEwsClient();
        (await client.PostAsync(Requests.AddNewTelUriContactToGroup("tel:1", "sip:one@contoso.com", "1"))).ResponseCode.Should().Be("NoError");
        (await client.PostAsync(Requests.AddNewImContactToGroup("two@contoso.com"))).ResponseCode.Should().Be("NoError");
        var before = await client.PostAsync(Requests.GetImItemList());

        var reply = await client.PostAsync(Requests.AddNewTelUriContactToGroup("tel:3", "sip:three@contoso.com", "3"));

        XmlAssert.Equivalent(Responses.ErrorImContactLimitReached(Operation), reply.Body);
        XmlAssert.Equivalent(before.Body, (await client.PostAsync(Requests.GetImItemList())).Body);
    }
}
