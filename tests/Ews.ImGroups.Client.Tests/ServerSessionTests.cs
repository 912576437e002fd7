using System.Net;
using Ews.ImGroups.Client.Tests.Infrastructure;

namespace Ews.ImGroups.Client.Tests;

/// <summary>A whole IM session against the real server, and the errors and faults it answers, as typed results.</summary>
public sealed class ServerSessionTests(ClientServer server) : IClassFixture<ClientServer>, IAsyncLifetime
{
    private const string Alice = "alice@contoso.com";
    private const string Bob = "bob@contoso.com";

    /// <summary>Alice's contact Carol Clark of the sample seed, not on her IM list; the seed's id key fixes its id.</summary>
    private const string AliceContactCarol = "AkMBAAAAAAAAAAIAAAAAAAAAThVIz4cuQR8=";

    private readonly EwsImClient alice = server.ClientFor(Alice);

    public Task InitializeAsync() => server.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Add_list_rename_and_remove_a_group_and_its_new_contact()
    {
        var group = await alice.AddImGroupAsync("Book club");
        group.DisplayName.Should().Be("Book club");
        group.GroupType.Should().Be(ImGroupTypes.UserGroup);
        group.ExchangeStoreId!.ChangeKey.Should().Be("EgAAAA==");

        var persona = await alice.AddNewImContactToGroupAsync("sip:zoe@fabrikam.com", "Zoe Zimmer", group.ExchangeStoreId);
        persona.DisplayName.Should().Be("Zoe Zimmer");
        persona.ImAddress.Should().Be("sip:zoe@fabrikam.com");
        var contact = persona.Attributions.Should().ContainSingle().Subject;
        contact.SourceId!.ChangeKey.Should().Be("EQAAAA==");
        persona.ImAddresses.Should().ContainSingle().Which.Should().BeEquivalentTo(new AttributedValue<string>("sip:zoe@fabrikam.com", ["0"]));

        var list = await alice.GetImItemListAsync();
        list.Groups.Select(g => g.GroupType).Should().Contain([ImGroupTypes.OtherContacts, ImGroupTypes.Tagged, ImGroupTypes.Favorites]);
        var listed = list.Groups.Single(g => g.DisplayName == "Book club");
        listed.MemberCorrelationKey.Select(id => id.Id).Should().Equal(contact.SourceId.Id);
        list.Personas.Should().ContainSingle(p => p.PersonaId == persona.PersonaId);

        await alice.SetImGroupAsync(listed.ExchangeStoreId!, "Reading circle");
        var renamed = (await alice.GetImItemsAsync(null, [listed.ExchangeStoreId!])).Groups.Should().ContainSingle().Subject;
        renamed.DisplayName.Should().Be("Reading circle");
        renamed.ExchangeStoreId!.Id.Should().Be(listed.ExchangeStoreId!.Id);
        renamed.ExchangeStoreId.ChangeKey.Should().NotBe(listed.ExchangeStoreId.ChangeKey, "a rename changes the group's change key");

        await alice.RemoveImContactFromGroupAsync(contact.SourceId, renamed.ExchangeStoreId);
        await alice.RemoveImGroupAsync(renamed.ExchangeStoreId);

        (await alice.GetImItemListAsync()).Groups.Should().NotContain(g => g.DisplayName == "Reading circle");
    }

    [Fact]
    public async Task Telephone_contacts_distribution_groups_and_whole_list_removal()
    {
        var phone = await alice.AddNewTelUriContactToGroupAsync("tel:+14255550100", "sip:+14255550100@contoso.com", "+14255550100");
        phone.OtherTelephones.Should().ContainSingle().Which.Value.Should().Be(new PhoneNumber("+14255550100", "Other"));

        var engineering = await alice.AddDistributionGroupToImListAsync("engineering@contoso.com", "Engineering");
        engineering.GroupType.Should().Be(ImGroupTypes.DistributionGroup);
        await alice.RemoveDistributionGroupFromImListAsync(engineering.ExchangeStoreId!);

        await alice.RemoveContactFromImListAsync(phone.Attributions[0].SourceId!);
        await alice.SetImListMigrationCompletedAsync(true);

        (await alice.GetImItemListAsync()).Personas.Should().NotContain(p => p.PersonaId == phone.PersonaId);
    }

    [Fact]
    public async Task An_existing_contact_joins_a_group()
    {
        var group = await alice.AddImGroupAsync("Neighbours");
        var carol = new ItemId(AliceContactCarol);

        await alice.AddImContactToGroupAsync(carol, group.ExchangeStoreId);

        var members = (await alice.GetImItemsAsync(null, [group.ExchangeStoreId!])).Groups.Single().MemberCorrelationKey;
        members.Select(m => m.Id).Should().Equal(carol.Id);
    }

    [Fact]
    public async Task GetImItems_answers_the_extended_properties_asked_for()
    {
        var group = await alice.AddImGroupAsync("Climbing");
        var persona = await alice.AddNewImContactToGroupAsync("sip:yann@fabrikam.com", "Yann Young", group.ExchangeStoreId);
        var displayName = ExtendedFieldUri.Tagged("0x3001", "String");

        var items = await alice.GetImItemsAsync([persona.Attributions[0].SourceId!], [group.ExchangeStoreId!], [displayName]);

        items.Groups.Should().ContainSingle().Which.ExtendedProperties.Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new ExtendedProperty(displayName, "Climbing", []));
        items.Personas.Should().ContainSingle().Which.ExtendedProperties.Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new AttributedValue<ExtendedProperty>(new ExtendedProperty(displayName, "Yann Young", []), ["0"]));
    }

    [Fact]
    public async Task Error_responses_are_EwsResponseExceptions_with_code_and_text()
    {
        var group = await alice.AddImGroupAsync("Once");

        var duplicate = (await alice.Invoking(c => c.AddImGroupAsync("Once")).Should().ThrowAsync<EwsResponseException>()).Which;
        duplicate.ResponseCode.Should().Be("ErrorImGroupDisplayNameAlreadyExists");
        duplicate.MessageText.Should().Be("An IM group with the specified display name already exists.");
        duplicate.Operation.Should().Be("AddImGroup");

        await alice.RemoveDistributionGroupFromImListAsync(group.ExchangeStoreId!).Invoking(t => t)
            .Should().ThrowAsync<EwsResponseException>().Where(e => e.ResponseCode == "ErrorItemNotFound");

        var malformed = await alice.Invoking(c => c.RemoveImGroupAsync(new ItemId("bm90IGFuIGlk"))).Should().ThrowAsync<EwsResponseException>();
        malformed.Which.ResponseCode.Should().Be("ErrorInvalidIdMalformed");

        // Bob's ids are unknown ids to Alice.
        var bobs = await server.ClientFor(Bob).AddImGroupAsync("Bob's");
        var foreign = await alice.Invoking(c => c.RemoveImGroupAsync(bobs.ExchangeStoreId!)).Should().ThrowAsync<EwsResponseException>();
        foreign.Which.ResponseCode.Should().Be("ErrorInvalidImGroupId");
    }

    [Fact]
    public async Task A_group_id_of_another_mailbox_names_its_mailbox_guid_in_MessageXml()
    {
        var bobs = await server.ClientFor(Bob).AddImGroupAsync("Bob's");

        var error = (await alice.Invoking(c => c.AddNewImContactToGroupAsync("sip:x@contoso.com", "X", bobs.ExchangeStoreId))
            .Should().ThrowAsync<EwsResponseException>()).Which;

        error.ResponseCode.Should().Be("ErrorNonExistentMailbox");
        error.MessageXmlValues.Should().ContainKey("MailboxGuid").WhoseValue.Should().NotBeEmpty();
    }

    [Fact]
    public async Task A_request_the_schema_refuses_is_a_schema_fault()
    {
        var fault = (await alice.Invoking(c => c.AddImGroupAsync(string.Empty)).Should().ThrowAsync<EwsFaultException>()).Which;

        fault.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        fault.ResponseCode.Should().Be("ErrorSchemaValidation");
        fault.FaultCode.Should().Be("a:ErrorSchemaValidation");
        fault.MessageText.Should().Be("The request failed schema validation.");
        fault.SchemaViolation.Should().NotBeNull();
        fault.SchemaViolation!.LineNumber.Should().Be(1);
        fault.SchemaViolation.Violation.Should().Contain("DisplayName");
    }

    [Fact]
    public async Task A_version_before_Exchange2013_is_refused_with_a_fault()
    {
        var old = server.ClientFor(Alice, o => new EwsImClientOptions { Url = o.Url, Credentials = o.Credentials, ServerVersion = "Exchange2010" });

        var fault = await old.Invoking(c => c.GetImItemListAsync()).Should().ThrowAsync<EwsFaultException>();

        fault.Which.ResponseCode.Should().Be("ErrorIncorrectSchemaVersion");
    }

    [Fact]
    public async Task Impersonation_acts_on_the_impersonated_mailbox()
    {
        var asBob = server.ClientFor(Alice, o => new EwsImClientOptions { Url = o.Url, Credentials = o.Credentials, ImpersonatedAddress = Bob });

        await asBob.AddImGroupAsync("Added for Bob");

        (await server.ClientFor(Bob).GetImItemListAsync()).Groups.Should().Contain(g => g.DisplayName == "Added for Bob");
        (await alice.GetImItemListAsync()).Groups.Should().NotContain(g => g.DisplayName == "Added for Bob");
    }

    [Fact]
    public async Task Autodiscover_names_the_EWS_endpoint()
    {
        var settings = await alice.AutodiscoverAsync(Alice);

        settings.DisplayName.Should().Be("Alice Anders");
        settings.AutoDiscoverSmtpAddress.Should().Be(Alice);
        settings.Action.Should().Be("settings");
        settings.Protocols.Select(p => p.Type).Should().Equal("EXCH", "EXPR");
        settings.EwsUrl.Should().Be(server.EwsUrl);
        settings.InternalEwsUrl.Should().Be(server.EwsUrl);
        Guid.TryParse(settings.DeploymentId, out _).Should().BeTrue();
    }

    [Fact]
    public async Task Autodiscover_errors_are_AutodiscoverExceptions()
    {
        var error = (await alice.Invoking(c => c.AutodiscoverAsync("not an address")).Should().ThrowAsync<AutodiscoverException>()).Which;

        error.ErrorCode.Should().Be(500);
        error.ErrorMessage.Should().Be("The email address can't be found.");
    }
}
