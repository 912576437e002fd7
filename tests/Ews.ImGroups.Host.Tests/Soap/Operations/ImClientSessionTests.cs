using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Operations;

/// <summary>One session as an IM client runs it, each step using only what earlier answers returned.</summary>
public sealed class ImClientSessionTests(FixedClockServer server) : ImListTest(server)
{
    [Fact]
    public async Task Client_builds_a_list_changes_it_and_takes_it_down_again()
    {
        // 1. A new client reads the list: only the system groups, no personas.
        var start = await ListAsync();
        XmlAssert.Equivalent(Responses.AliceFreshList(), start.Body);

        // 2. It adds a group of its own.
        var added = await Client.PostAsync(Requests.AddImGroup("Project X"));
        XmlAssert.Equivalent(Responses.AddImGroupSuccess("Project X", Users.AliceFirstGroup, ItemIds.NewGroupChangeKey), added.Body);
        var group = added.StoreId!;

        // 3. It adds a new contact by SIP address into that group; the persona names the contact item.
        var newContact = await Client.PostAsync(Requests.AddNewImContactToGroup("sip:tsmith@contoso.com", "Tony Smith", group));
        var tony = Responses.ContactPersonaFields(ItemIds.FirstNewContactRow, Now, "Tony Smith", "sip:tsmith@contoso.com", "tsmith@contoso.com");
        XmlAssert.Equivalent(Responses.AddNewImContactToGroupSuccess(tony), newContact.Body);
        var contact = newContact.SourceIds().Single();

        // 4. It marks the contact as a favorite.
        var favorite = await Client.PostAsync(Requests.AddImContactToGroup(contact, Users.AliceFavorites));
        XmlAssert.Equivalent(Responses.AddImContactToGroupSuccess(), favorite.Body);

        // 5. The list shows the persona once and both memberships, joined by the contact's item id.
        var middle = await ListAsync();
        XmlAssert.Equivalent(
            Responses.GetImItemList(
                Responses.AliceSystemGroups(favorites: (ItemIds.GroupChangeKey(1), [contact]))
                + Responses.UserGroup("Project X", group, ItemIds.GroupChangeKey(1), contact),
                Responses.Persona(tony)),
            middle.Body);
        middle.MemberIds(group).Should().Equal(middle.SourceIds());
        middle.MemberIds(Users.AliceFavorites).Should().Equal(middle.SourceIds());

        // 6. It renames the group.
        XmlAssert.Equivalent(Responses.Success("SetImGroup"), (await Client.PostAsync(Requests.SetImGroup(group, "Project Y"))).Body);

        // 7. It takes the contact out of the group; the contact stays a favorite.
        XmlAssert.Equivalent(
            Responses.Success("RemoveImContactFromGroup"),
            (await Client.PostAsync(Requests.RemoveImContactFromGroup(contact, group))).Body);
        var afterRemove = await ListAsync();
        afterRemove.MemberIds(group).Should().BeEmpty();
        afterRemove.MemberIds(Users.AliceFavorites).Should().Equal(contact);

        // 8. It removes the group.
        XmlAssert.Equivalent(Responses.Success("RemoveImGroup"), (await Client.PostAsync(Requests.RemoveImGroup(group))).Body);

        // 9. It takes the contact off the list.
        XmlAssert.Equivalent(
            Responses.Success("RemoveContactFromImList"),
            (await Client.PostAsync(Requests.RemoveContactFromImList(contact))).Body);

        // 10. The list is back to the system groups; Favorites has changed twice on the way.
        XmlAssert.Equivalent(
            Responses.GetImItemList(Responses.AliceSystemGroups(favorites: (ItemIds.GroupChangeKey(2), []))),
            (await ListAsync()).Body);
    }
}
