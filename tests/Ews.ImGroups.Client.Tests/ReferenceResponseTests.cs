using System.Net;
using Ews.ImGroups.Client.Tests.Infrastructure;

namespace Ews.ImGroups.Client.Tests;

/// <summary>The example responses of Exchange's reference pages, each read through the operation that gets it.</summary>
public sealed class ReferenceResponseTests
{
    private static readonly ItemId Id = new("AAMkAGQ1MjJjMTBkLTc4Y2AA=", "EQAAABYAAABtF8oI7i");

    [Fact]
    public async Task AddImGroup_success_is_the_new_group_with_its_id()
    {
        var group = await Client("AddImGroup.NoError.xml").AddImGroupAsync("MyCustomGroup");

        group.DisplayName.Should().Be("MyCustomGroup");
        group.GroupType.Should().Be(ImGroupTypes.UserGroup);
        group.ExchangeStoreId.Should().Be(new ItemId("AAMkAGQ1MjJjMTBkLTc4Y2UtNDA5Ny04ZjU5LWI3MAAA=", "EgAAAA=="));
        group.MemberCorrelationKey.Should().BeEmpty();
        group.SmtpAddress.Should().BeNull();
    }

    [Fact]
    public async Task AddImGroup_schema_fault_names_the_code_the_message_and_the_place()
    {
        var act = () => Client("AddImGroup.ErrorSchemaValidation.xml").AddImGroupAsync("~!@#$%^&");

        var fault = (await act.Should().ThrowAsync<EwsFaultException>()).Which;
        fault.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        fault.ResponseCode.Should().Be("ErrorSchemaValidation");
        fault.FaultCode.Should().Be("a:ErrorSchemaValidation");
        fault.MessageText.Should().Be("The request failed schema validation.");
        fault.FaultString.Should().Be("The request failed schema validation: An error occurred while parsing EntityName. Line 11, position 33.");
        fault.SchemaViolation.Should().Be(new SchemaViolation(11, 33, "An error occurred while parsing EntityName. Line 11, position 33."));
        fault.BackOffMilliseconds.Should().BeNull();
    }

    [Fact]
    public async Task AddImContactToGroup_success_returns()
    {
        var client = Client("AddImContactToGroup.NoError.xml");

        await client.Invoking(c => c.AddImContactToGroupAsync(Id, Id)).Should().NotThrowAsync();
    }

    [Theory]
    [InlineData("AddImContactToGroup.ErrorInvalidImContactId.xml", "AddImContactToGroup", "ErrorInvalidImContactId", "The specified Im Contact Id is invalid.")]
    [InlineData("RemoveImContactFromGroup.ErrorInvalidImContactId.xml", "RemoveImContactFromGroup", "ErrorInvalidImContactId", "The specified Im Contact Id is invalid.")]
    [InlineData("RemoveContactFromImList.ErrorItemNotFound.xml", "RemoveContactFromImList", "ErrorItemNotFound", "The specified object was not found in the store.")]
    [InlineData("RemoveDistributionGroupFromImList.ErrorItemNotFound.xml", "RemoveDistributionGroupFromImList", "ErrorItemNotFound", "The specified object was not found in the store.")]
    [InlineData("RemoveImGroup.ErrorInvalidImGroupId.xml", "RemoveImGroup", "ErrorInvalidImGroupId", "The specified Im Group Id is invalid.")]
    [InlineData("RemoveImGroup.ErrorInvalidIdMalformed.xml", "RemoveImGroup", "ErrorInvalidIdMalformed", "Id is malformed.")]
    [InlineData("SetImGroup.ErrorImGroupDisplayNameAlreadyExists.xml", "SetImGroup", "ErrorImGroupDisplayNameAlreadyExists", "An IM group with the specified display name already exists.")]
    [InlineData("AddNewTelUriContactToGroup.ErrorItemNotFound.xml", "AddNewTelUriContactToGroup", "ErrorItemNotFound", "The specified object was not found in the store.")]
    [InlineData("AddDistributionGroupToImList.ErrorInvalidImDistributionGroupSmtpAddress.xml", "AddDistributionGroupToImList", "ErrorInvalidImDistributionGroupSmtpAddress", "The specified IM distribution group SMTP address is invalid.")]
    public async Task Error_responses_are_typed_exceptions_with_code_and_text(string file, string operation, string code, string text)
    {
        var act = () => Call(Client(file), operation);

        var error = (await act.Should().ThrowAsync<EwsResponseException>()).Which;
        error.Operation.Should().Be(operation);
        error.ResponseCode.Should().Be(code);
        error.MessageText.Should().Be(text);
        error.MessageXml.Should().BeNull();
        error.MessageXmlValues.Should().BeEmpty();
    }

    [Theory]
    [InlineData("RemoveContactFromImList.NoError.xml", "RemoveContactFromImList")]
    [InlineData("RemoveDistributionGroupFromImList.NoError.xml", "RemoveDistributionGroupFromImList")]
    [InlineData("RemoveImContactFromGroup.NoError.xml", "RemoveImContactFromGroup")]
    [InlineData("RemoveImGroup.NoError.xml", "RemoveImGroup")]
    [InlineData("SetImGroup.NoError.xml", "SetImGroup")]
    public async Task Success_responses_without_content_return(string file, string operation)
    {
        var act = () => Call(Client(file), operation);

        await act.Should().NotThrowAsync();
    }

    [Fact]
    public async Task AddNewImContactToGroup_success_is_the_new_persona()
    {
        var persona = await Client("AddNewImContactToGroup.NoError.xml").AddNewImContactToGroupAsync("tsmith@contoso.com", "Tony Smith", Id);

        persona.PersonaId.Should().Be(new ItemId("AAQkAGQ1MjJjMTBkLTc4Y2UtNDA5Ny04ZjU5LWI3MTYzNGNkZmRkYQAQAJ3EkhEEXN5KufGbSYJanZk="));
        persona.PersonaType.Should().Be("Person");
        persona.CreationTime.Should().Be(new DateTimeOffset(2012, 1, 5, 23, 6, 58, TimeSpan.Zero));
        persona.DisplayName.Should().Be("Tony Smith");
        persona.DisplayNameFirstLast.Should().Be("Tony Smith");
        persona.DisplayNameLastFirst.Should().Be("Tony Smith");
        persona.FileAsId.Should().Be("None");
        persona.EmailAddress.Should().Be(new EmailAddress("Tony Smith", "tsmith@contoso.com", "SMTP"));
        persona.EmailAddresses.Should().Equal(new EmailAddress("Tony Smith", "tsmith@contoso.com", "SMTP"));
        persona.ImAddress.Should().Be("tsmith@contoso.com");
        persona.RelevanceScore.Should().Be(int.MaxValue);
        persona.Attributions.Should().Equal(new PersonaAttribution(
            "0",
            new ItemId("BtF8oI7iVOQatt/bhQoTbWAAAAAAvcAAA=", "EQAAABYAAABtF8oIQoTbWAAAAAAyg"),
            "Outlook",
            IsWritable: true,
            IsQuickContact: true,
            IsHidden: false,
            new ItemId("AAMkAGQ1MjJjMTBkLTc4YhQoTbWAAAAAAvZAAA=", "AQAAAA==")));
        Values(persona.DisplayNames).Should().Equal(("Tony Smith", "0"));
        Values(persona.FileAsIds).Should().Equal(("None", "0"));
        Values(persona.ImAddresses).Should().Equal(("tsmith@contoso.com", "0"));
        persona.Emails1.Should().ContainSingle().Which.Value.Should().Be(new EmailAddress("Tony Smith", "tsmith@contoso.com", "SMTP"));
        persona.FindAttribution("0")!.DisplayName.Should().Be("Outlook");
    }

    [Fact]
    public async Task AddNewImContactToGroup_error_carries_the_values_of_MessageXml()
    {
        var act = () => Client("AddNewImContactToGroup.ErrorNonExistentMailbox.xml").AddNewImContactToGroupAsync("tsmith@contoso.com");

        var error = (await act.Should().ThrowAsync<EwsResponseException>()).Which;
        error.ResponseCode.Should().Be("ErrorNonExistentMailbox");
        error.MessageText.Should().Be("No mailbox with such guid.");
        error.MessageXmlValues.Should().Equal(new Dictionary<string, string> { ["MailboxGuid"] = "d5fasdadcw3d-23de-2341-8f59-b71523fsddda" });
        error.BackOffMilliseconds.Should().BeNull();
        error.IsServerBusy.Should().BeFalse();
    }

    [Fact]
    public async Task AddNewTelUriContactToGroup_success_is_a_Lync_persona_with_its_number()
    {
        var persona = await Client("AddNewTelUriContactToGroup.NoError.xml")
            .AddNewTelUriContactToGroupAsync("tel:5625550100", "sip:john@contoso.com", "5625550100", new ItemId("AAMkADEzOTm4QrAABY7+0GAAA="));

        persona.PersonaId.Should().Be(new ItemId("AAQkADE686dX3s="));
        persona.DisplayName.Should().BeEmpty();
        persona.DisplayNameFirstLast.Should().Be("5625550100");
        persona.FileAs.Should().BeEmpty();
        persona.EmailAddress.Should().BeNull();
        persona.ImAddress.Should().BeNull();
        persona.Attributions.Should().ContainSingle().Which.Should().Be(new PersonaAttribution(
            "0", new ItemId("ABhHuhCAAA=", "EQAAABxFU"), "Lync Contacts", IsWritable: false, IsQuickContact: true, IsHidden: false, FolderId: null));
        persona.OtherTelephones.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new AttributedValue<PhoneNumber>(new PhoneNumber("5625550100", "Other"), ["0"]));
    }

    [Fact]
    public async Task AddDistributionGroupToImList_success_is_the_distribution_group()
    {
        var group = await Client("AddDistributionGroupToImList.NoError.xml").AddDistributionGroupToImListAsync("distributionlist1@example.com", "List 1");

        group.Should().BeEquivalentTo(new ImGroup(
            "distributionlist1@example.com", ImGroupTypes.DistributionGroup, new ItemId("AAMkAGQ1MjJjAA=", "EgAAAA=="), [], [], null));
    }

    [Fact]
    public async Task GetImItemList_success_has_every_group_and_persona()
    {
        var list = await Client("GetImItemList.NoError.xml").GetImItemListAsync();

        list.Groups.Select(g => (g.DisplayName, g.GroupType, g.MemberCorrelationKey.Count)).Should().Equal(
            ("Other Contacts", ImGroupTypes.OtherContacts, 0),
            ("Tagged", ImGroupTypes.Tagged, 0),
            ("Favorites", ImGroupTypes.Favorites, 1),
            ("MyCustomGroup2", ImGroupTypes.UserGroup, 2));
        list.Groups[3].MemberCorrelationKey.Should().Equal(
            new ItemId("AAMkAGQ1Matt/bhQoTbWAAAAAAvcAAA=", "EQAAAA=="), new ItemId("AAMkAGQ1MjJjMTBkTbWAAAAAAveAAA=", "EQAAAA=="));
        list.Groups[0].ExchangeStoreId.Should().Be(new ItemId("AAMkAGQ1MjJjMTBkLThQoTbWAAAAAAQUAAA=", "EgAAAA=="));

        list.Personas.Should().HaveCount(2);
        var anthony = list.Personas[0];
        anthony.DisplayName.Should().Be("Anthony Smith");
        anthony.FileAs.Should().Be("Smith, Anthony");
        anthony.FileAsId.Should().Be("LastCommaFirst");
        anthony.GivenName.Should().Be("Anthony");
        anthony.Surname.Should().Be("Smith");
        anthony.EmailAddress.Should().Be(new EmailAddress("tsmith@contoso.com", "tsmith@contoso.com", "SMTP"));
        anthony.Attributions.Select(a => (a.Id, a.IsQuickContact, a.SourceId!.Id)).Should().Equal(
            ("0", false, "AQMkAGQ1MjIAYzEwZC03OGNlLTQ5Bq239uFChNtYAAAIvDAAAAA=="),
            ("1", true, "AAMkAGQ1MjJjMTBkLTc4Y2UtNDA5Ny04/bhQoTbWAAAAAAveAAA="));
        Values(anthony.DisplayNames).Should().Equal(("Anthony Smith", "0"), ("Tony Smith", "1"));
        Values(anthony.FileAses).Should().Equal(("Smith, Anthony", "0"));
        Values(anthony.FileAsIds).Should().Equal(("LastCommaFirst", "0"), ("None", "1"));
        Values(anthony.GivenNames).Should().Equal(("Anthony", "0"));
        Values(anthony.Surnames).Should().Equal(("Smith", "0"));
        anthony.HomePhones.Should().ContainSingle().Which.Value.Should().Be(new PhoneNumber("4255550110", "Home"));
        anthony.MobilePhones.Should().ContainSingle().Which.Value.Should().Be(new PhoneNumber("4255550120", "Mobile"));
        anthony.Emails1.Should().ContainSingle().Which.Attributions.Should().Equal("0", "1");
        Values(anthony.ImAddresses).Should().Equal(("tsmith@contoso.com", "1"));
        anthony.BusinessPhoneNumbers.Should().BeEmpty();

        var terence = list.Personas[1];
        terence.PersonaId.Id.Should().Be("AAQkAGQ1MjJjMTBkLkYQAQAJ3EkhEEXN5KufGbSYJanZk=");
        terence.CreationTime.Should().Be(new DateTimeOffset(2012, 1, 5, 23, 6, 58, TimeSpan.Zero));
        terence.EmailAddresses.Should().Equal(new EmailAddress("Terence Adams", "tadams@contoso.com", "SMTP"));
        terence.GivenName.Should().BeNull();
    }

    [Fact]
    public async Task GetImItemList_fault_for_a_wrong_version_is_typed()
    {
        var act = () => Client("GetImItemList.ErrorIncorrectSchemaVersion.xml").GetImItemListAsync();

        var fault = (await act.Should().ThrowAsync<EwsFaultException>()).Which;
        fault.ResponseCode.Should().Be("ErrorIncorrectSchemaVersion");
        fault.MessageText.Should().StartWith("The request is valid but does not specify the correct server version");
        fault.SchemaViolation.Should().BeNull();
        fault.MessageXml.Should().BeNull();
    }

    [Fact]
    public async Task GetImItems_success_has_the_extended_properties_of_groups_and_personas()
    {
        var displayName = ExtendedFieldUri.Tagged("0x3001", "String");

        var list = await Client("GetImItems.NoError.xml").GetImItemsAsync([Id], [Id], [displayName]);

        var group = list.Groups.Should().ContainSingle().Subject;
        group.DisplayName.Should().Be("Exchange SDK Team");
        group.ExtendedProperties.Should().ContainSingle().Which.Should().BeEquivalentTo(new ExtendedProperty(displayName, "Exchange SDK Team", []));
        var persona = list.Personas.Should().ContainSingle().Subject;
        persona.DisplayName.Should().Be("Tony Smith");
        persona.EmailAddress.Should().BeNull();
        persona.Attributions.Single().FolderId.Should().BeNull();
        var property = persona.ExtendedProperties.Should().ContainSingle().Subject;
        property.Value.Should().BeEquivalentTo(new ExtendedProperty(displayName, "Tony Smith", []));
        property.Attributions.Should().Equal("0");
    }

    private static EwsImClient Client(string file) => CannedHandler.ForReferenceResponse(file).Client();

    private static IEnumerable<(string Value, string Attributions)> Values(IEnumerable<AttributedValue<string>> values) =>
        values.Select(v => (v.Value, string.Join(",", v.Attributions)));

    private static Task Call(EwsImClient client, string operation) => operation switch
    {
        "AddImContactToGroup" => client.AddImContactToGroupAsync(Id, Id),
        "RemoveImContactFromGroup" => client.RemoveImContactFromGroupAsync(Id, Id),
        "RemoveContactFromImList" => client.RemoveContactFromImListAsync(Id),
        "RemoveDistributionGroupFromImList" => client.RemoveDistributionGroupFromImListAsync(Id),
        "RemoveImGroup" => client.RemoveImGroupAsync(Id),
        "SetImGroup" => client.SetImGroupAsync(Id, "New name"),
        "AddNewTelUriContactToGroup" => client.AddNewTelUriContactToGroupAsync("tel:5625550100", "sip:john@contoso.com", "5625550100"),
        "AddDistributionGroupToImList" => client.AddDistributionGroupToImListAsync("distributionlist1@example.com", "List 1"),
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };
}
