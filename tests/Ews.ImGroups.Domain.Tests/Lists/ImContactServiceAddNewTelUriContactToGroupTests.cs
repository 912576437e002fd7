using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Tests.Lists.Fakes;
using static Ews.ImGroups.Domain.Tests.Lists.Fakes.TestIds;

namespace Ews.ImGroups.Domain.Tests.Lists;

public class ImContactServiceAddNewTelUriContactToGroupTests
{
    private const string TelUri = "tel:+14255550100";
    private const string SipUri = "sip:+14255550100@contoso.com;user=phone";
    private const string Number = "+1 425 555 0100";

    private readonly InMemoryImListStore store = new();
    private readonly ImGroup friends;
    private readonly ImGroup family;

    public ImContactServiceAddNewTelUriContactToGroupTests()
    {
        friends = store.AddGroup(Alice, "Friends");
        family = store.AddGroup(Alice, "Family");
    }

    [Fact]
    public async Task AddNewTelUriContactToGroup_new_number_creates_quick_contact_with_telephone_details()
    {
        var result = await AddAsync(SipUri, Of(friends));

        result.IsSuccess.Should().BeTrue();
        var contact = store.Contacts(Alice).Should().ContainSingle().Subject;
        result.Value.Should().Be(contact);
        contact.IsQuickContact.Should().BeTrue();
        contact.Folder.Should().Be(ContactFolder.LyncContacts);
        contact.CreatedAt.Should().Be(FixedClock.ReferenceTime);
        contact.Details.Should().Be(new ContactDetails(
            Number, ImAddress: SipUri, TelUriAddress: TelUri, ImContactSipUriAddress: SipUri, ImTelephoneNumber: Number));
        store.Memberships(Alice).Should().Equal((friends.Number, contact.Number));
        store.Group(Alice, friends.Number).Version.Should().Be(friends.Version + 1);
    }

    [Theory]
    [InlineData(SipUri)]
    [InlineData("SIP:+14255550100@Contoso.com;user=phone")]
    [InlineData("+14255550100@contoso.com;user=phone")]
    public async Task AddNewTelUriContactToGroup_sip_uri_the_mailbox_has_reuses_the_contact(string sipUri)
    {
        var first = await AddAsync(SipUri, Of(friends));

        var second = await AddAsync(sipUri, Of(family));

        second.Value.Should().Be(first.Value);
        store.Contacts(Alice).Should().ContainSingle();
        store.GroupsOf(first.Value!).Should().Equal(friends.Number, family.Number);
    }

    [Fact]
    public async Task AddNewTelUriContactToGroup_sip_uri_of_an_im_contact_reuses_that_contact()
    {
        var carol = store.AddContact(Alice, "Carol", "carol@contoso.com");

        var result = await AddAsync("sip:carol@contoso.com", Of(friends));

        result.Value.Should().Be(carol);
        store.Contacts(Alice).Should().ContainSingle();
    }

    [Fact]
    public async Task AddNewTelUriContactToGroup_no_group_id_puts_contact_in_other_contacts()
    {
        var result = await AddAsync(SipUri, groupId: null);

        store.GroupsOf(result.Value!).Should().Equal(store.SystemGroup(Alice, GroupTypes.OtherContacts).Number);
    }

    [Fact]
    public async Task AddNewTelUriContactToGroup_unknown_group_reports_item_not_found_and_creates_nothing()
    {
        var before = store.Snapshot();

        var result = await AddAsync(SipUri, UnknownGroup(Alice));

        result.Error.Should().Be(ImListError.ItemNotFound);
        store.Snapshot().Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task AddNewTelUriContactToGroup_new_number_at_contact_limit_reports_limit_reached_and_creates_nothing()
    {
        var carol = store.AddContact(Alice, "Carol", "carol@contoso.com");
        store.AddMember(friends, carol);
        var before = store.Snapshot();

        var result = await AddAsync(SipUri, Of(friends), maxContacts: 1);

        result.Error.Should().Be(ImListError.ImContactLimitReached);
        store.Snapshot().Should().BeEquivalentTo(before);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public async Task AddNewTelUriContactToGroup_blank_sip_uri_throws_argument_exception(string sipUri)
    {
        var add = () => AddAsync(sipUri, Of(friends));

        await add.Should().ThrowAsync<ArgumentException>();
        store.Contacts(Alice).Should().BeEmpty();
    }

    /// <summary>Adds, and answers with the persona's one contact: a telephone contact has no e-mail address to link by.</summary>
    private async Task<ImListResult<ImContact>> AddAsync(string sipUri, string? groupId, int maxContacts = ImListLimits.DefaultMaxContacts)
    {
        var result = await new ImContactService(
                store, new ImListLimits(ImListLimits.DefaultMaxGroups, maxContacts), TestIds.Codec, new FixedClock(FixedClock.ReferenceTime))
            .AddNewTelUriContactToGroupAsync(Alice, TelUri, sipUri, Number, groupId, CancellationToken.None);
        return result.IsSuccess ? result.Value!.Contacts.Single() : result.Error;
    }
}
