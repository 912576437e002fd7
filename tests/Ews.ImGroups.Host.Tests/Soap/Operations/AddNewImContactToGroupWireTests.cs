using System.Net;
using Ews.ImGroups.Domain.Ids;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Operations;

public sealed class AddNewImContactToGroupWireTests(FixedClockServer server) : ImListTest(server)
{
    private const string Operation = "AddNewImContactToGroup";
    private const long Tony = ItemIds.FirstNewContactRow;

    [Fact]
    public async Task Reference_request_gets_the_new_contacts_persona_and_the_contact_joins_the_group()
    {
        var group = await AddGroupAsync("MyCustomGroup");

        var reply = await Client.PostAsync(Requests.AddNewImContactToGroup("tsmith@contoso.com", "Tony Smith", group));

        reply.Status.Should().Be(HttpStatusCode.OK);
        var tony = Responses.ContactPersonaFields(Tony, Now, "Tony Smith", "tsmith@contoso.com", "tsmith@contoso.com");
        XmlAssert.Equivalent(Responses.AddNewImContactToGroupSuccess(tony), reply.Body);
        XmlAssert.Equivalent(
            Responses.GetImItemList(
                Responses.AliceSystemGroups()
                + Responses.UserGroup("MyCustomGroup", group, ItemIds.GroupChangeKey(1), ItemIds.AliceContact(Tony)),
                Responses.Persona(tony)),
            (await ListAsync()).Body);
    }

    [Fact]
    public async Task Without_GroupId_the_contact_joins_Other_Contacts()
    {
        var reply = await Client.PostAsync(Requests.AddNewImContactToGroup("tsmith@contoso.com", "Tony Smith"));

        var tony = Responses.ContactPersonaFields(Tony, Now, "Tony Smith", "tsmith@contoso.com", "tsmith@contoso.com");
        XmlAssert.Equivalent(Responses.AddNewImContactToGroupSuccess(tony), reply.Body);
        XmlAssert.Equivalent(
            Responses.GetImItemList(
                Responses.AliceSystemGroups(otherContacts: (ItemIds.GroupChangeKey(1), [ItemIds.AliceContact(Tony)])),
                Responses.Persona(tony)),
            (await ListAsync()).Body);
    }

    [Fact]
    public async Task Without_DisplayName_the_address_without_sip_and_in_lower_case_is_the_name_and_the_IM_address_is_kept_as_sent()
    {
        var reply = await Client.PostAsync(Requests.AddNewImContactToGroup("sip:TSmith@Contoso.com"));

        XmlAssert.Equivalent(
            Responses.AddNewImContactToGroupSuccess(
                Responses.ContactPersonaFields(Tony, Now, "tsmith@contoso.com", "sip:TSmith@Contoso.com", "tsmith@contoso.com")),
            reply.Body);
    }

    [Fact]
    public async Task Address_that_is_not_an_email_address_gets_a_persona_without_email()
    {
        var reply = await Client.PostAsync(Requests.AddNewImContactToGroup("sip:conference-room"));

        XmlAssert.Equivalent(
            Responses.AddNewImContactToGroupSuccess(Responses.ContactPersonaFields(Tony, Now, "conference-room", "sip:conference-room")),
            reply.Body);
    }

    [Fact]
    public async Task Same_address_with_or_without_sip_and_in_another_case_returns_the_same_persona_and_makes_no_second_contact()
    {
        var team = await AddGroupAsync("Team");
        var first = await Client.PostAsync(Requests.AddNewImContactToGroup("sip:tsmith@contoso.com", "Tony Smith", team));

        var spellings = new List<EwsReply>();
        foreach (var address in new[] { "tsmith@contoso.com", "SIP:TSMITH@CONTOSO.COM", "TSmith@Contoso.com" })
        {
            spellings.Add(await Client.PostAsync(Requests.AddNewImContactToGroup(address, "Someone Else", team)));
        }

        // The contact the mailbox has is returned as it was made: its first name and spelling stay.
        foreach (var reply in spellings)
        {
            XmlAssert.Equivalent(first.Body, reply.Body);
        }

        var list = await ListAsync();
        list.PersonaIds().Should().Equal(ItemIds.AlicePersona(Tony));
        list.MemberIds(team).Should().Equal(ItemIds.AliceContact(Tony));
        list.GroupChangeKey(team).Should().Be(ItemIds.GroupChangeKey(1), "joining a group the contact is in changes nothing");
    }

    [Fact]
    public async Task Same_address_into_another_group_puts_the_one_contact_into_both()
    {
        var team = await AddGroupAsync("Team");
        var first = await Client.PostAsync(Requests.AddNewImContactToGroup("tsmith@contoso.com", "Tony Smith", team));

        var second = await Client.PostAsync(Requests.AddNewImContactToGroup("sip:tsmith@contoso.com", groupId: Users.AliceFavorites));

        XmlAssert.Equivalent(first.Body, second.Body);
        var list = await ListAsync();
        list.PersonaIds().Should().ContainSingle();
        list.MemberIds(team).Should().Equal(ItemIds.AliceContact(Tony));
        list.MemberIds(Users.AliceFavorites).Should().Equal(ItemIds.AliceContact(Tony));
    }

    [Fact]
    public async Task Address_of_a_contact_of_the_mailbox_returns_that_contacts_persona_and_puts_it_on_the_list()
    {
        var reply = await Client.PostAsync(Requests.AddNewImContactToGroup("BOB@contoso.com", "Robert", Users.AliceFavorites));

        var bob = Responses.AliceContactBobPersona(reply.CreationTimeOf(ItemIds.AlicePersona(1)));
        XmlAssert.Equivalent(Responses.AddNewImContactToGroupSuccess(bob), reply.Body);
        XmlAssert.Equivalent(
            Responses.GetImItemList(
                Responses.AliceSystemGroups(favorites: (ItemIds.GroupChangeKey(1), [Users.AliceContactBob])),
                Responses.Persona(bob)),
            (await ListAsync()).Body);
    }

    public static TheoryData<string, string> GroupsNotFound => new()
    {
        { "group that does not exist", ItemIds.AliceGroup(999) },
        { "contact id", Users.AliceContactBob },
    };

    [Theory]
    [MemberData(nameof(GroupsNotFound))]
    public async Task Group_not_in_this_mailbox_gets_ErrorItemNotFound(string because, string groupId)
    {
        var reply = await Client.PostAsync(Requests.AddNewImContactToGroup("tsmith@contoso.com", groupId: groupId));

        reply.Status.Should().Be(HttpStatusCode.OK, because);
        XmlAssert.Equivalent(Responses.ErrorItemNotFound(Operation), reply.Body);
        XmlAssert.Equivalent(Responses.AliceFreshList(), (await ListAsync()).Body);
    }

    [Fact]
    public async Task Group_of_another_mailbox_gets_ErrorNonExistentMailbox_naming_that_mailboxs_guid()
    {
        var bobsGroup = SampleIds.Codec.EncodeId(new ItemKey(ItemKind.Group, Users.BobMailbox, 6));

        var reply = await Client.PostAsync(Requests.AddNewImContactToGroup("tsmith@contoso.com", groupId: bobsGroup));

        reply.Status.Should().Be(HttpStatusCode.OK);
        XmlAssert.Equivalent(Responses.ErrorNonExistentMailbox(Operation, SampleIds.Codec.MailboxGuid(Users.BobMailbox)), reply.Body);
        XmlAssert.Equivalent(Responses.AliceFreshList(), (await ListAsync()).Body);
    }

    [Fact]
    public async Task Distribution_group_gets_ErrorItemNotFound_as_its_members_come_from_the_directory()
    {
        var engineering = await AddDistributionGroupAsync("engineering@contoso.com", "Engineering");
        var before = await ListAsync();

        var reply = await Client.PostAsync(Requests.AddNewImContactToGroup("tsmith@contoso.com", groupId: engineering));

        XmlAssert.Equivalent(Responses.ErrorItemNotFound(Operation), reply.Body);
        await AssertListUnchangedAsync(before);
    }

    [Fact]
    public async Task Failed_add_leaves_no_contact_behind()
    {
        await Client.PostAsync(Requests.AddNewImContactToGroup("tsmith@contoso.com", groupId: ItemIds.AliceGroup(999)));

        var reply = await Client.PostAsync(Requests.AddNewImContactToGroup("other@contoso.com"));

        reply.PersonaId().Should().Be(ItemIds.AlicePersona(ItemIds.FirstNewContactRow), "no contact row was used by the failed add");
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AAMkAGQ1MjJjMTBkLTc4Y2AA=")]
    public async Task Malformed_GroupId_gets_ErrorInvalidIdMalformed(string groupId)
    {
        var reply = await Client.PostAsync(Requests.AddNewImContactToGroup("tsmith@contoso.com", groupId: groupId));

        XmlAssert.Equivalent(Responses.ErrorInvalidIdMalformed(Operation), reply.Body);
        XmlAssert.Equivalent(Responses.AliceFreshList(), (await ListAsync()).Body);
    }

    [Fact]
    public async Task Empty_GroupId_gets_ErrorInvalidIdEmpty()
    {
        var reply = await Client.PostAsync(Requests.AddNewImContactToGroup("tsmith@contoso.com", groupId: string.Empty));

        XmlAssert.Equivalent(Responses.ErrorInvalidIdEmpty(Operation), reply.Body);
        XmlAssert.Equivalent(Responses.AliceFreshList(), (await ListAsync()).Body);
    }

    [Fact]
    public async Task New_address_past_the_configured_contact_limit_gets_ErrorImContactLimitReached()
    {
        using var limited = LimitedServer("Ews:MaxContactsPerMailbox", 2);
        using var client = limited.CreateEwsClient();
        (await client.PostAsync(Requests.AddNewImContactToGroup("one@contoso.com"))).ResponseCode.Should().Be("NoError");
        (await client.PostAsync(Requests.AddNewImContactToGroup("two@contoso.com"))).ResponseCode.Should().Be("NoError");
        var before = await client.PostAsync(Requests.GetImItemList());

        var reply = await client.PostAsync(Requests.AddNewImContactToGroup("three@contoso.com"));

        XmlAssert.Equivalent(Responses.ErrorImContactLimitReached(Operation), reply.Body);
        XmlAssert.Equivalent(before.Body, (await client.PostAsync(Requests.GetImItemList())).Body);
    }

    [Fact]
    public async Task At_the_contact_limit_a_mailbox_contact_not_yet_listed_gets_ErrorImContactLimitReached()
    {
        using var limited = LimitedServer("Ews:MaxContactsPerMailbox", 2);
        using var client = limited.CreateEwsClient();
        (await client.PostAsync(Requests.AddNewImContactToGroup("one@contoso.com"))).ResponseCode.Should().Be("NoError");
        (await client.PostAsync(Requests.AddNewImContactToGroup("two@contoso.com"))).ResponseCode.Should().Be("NoError");

        var reply = await client.PostAsync(Requests.AddNewImContactToGroup("sip:bob@contoso.com"));

        XmlAssert.Equivalent(Responses.ErrorImContactLimitReached(Operation), reply.Body);
    }

    [Fact]
    public async Task At_the_contact_limit_a_listed_contact_may_still_join_another_group()
    {
        using var limited = LimitedServer("Ews:MaxContactsPerMailbox", 2);
        using var client = limited.CreateEwsClient();
        var one = await client.PostAsync(Requests.AddNewImContactToGroup("one@contoso.com"));
        (await client.PostAsync(Requests.AddNewImContactToGroup("two@contoso.com"))).ResponseCode.Should().Be("NoError");

        var reply = await client.PostAsync(Requests.AddNewImContactToGroup("one@contoso.com", groupId: Users.AliceFavorites));

        XmlAssert.Equivalent(one.Body, reply.Body);
        (await client.PostAsync(Requests.GetImItemList())).MemberIds(Users.AliceFavorites).Should().Equal(one.SourceIds());
    }
}
