using Ews.ImGroups.Domain.Ids;
using Ews.ImGroups.Domain.Lists;

namespace Ews.ImGroups.Domain.Tests.Lists;

public class ImListServiceAddImContactToGroupTests
{
    private const long Alice = 1;
    private const long Bob = 2;

    private readonly InMemoryImListStore store = new();
    private readonly ImListService service;
    private readonly ImContact carol;
    private readonly ImContact dave;
    private readonly ImContact noImContact;
    private readonly ImGroup friends;
    private readonly ImContact bobsContact;
    private readonly ImGroup bobsGroup;

    public ImListServiceAddImContactToGroupTests()
    {
        service = new ImListService(store, ImListLimits.Default);
        carol = store.AddContact(Alice, "Carol", "sip:carol@contoso.com");
        dave = store.AddContact(Alice, "Dave", "dave@contoso.com");
        noImContact = store.AddContact(Alice, "Erin", imAddress: null);
        friends = store.AddGroup(Alice, "Friends");
        bobsContact = store.AddContact(Bob, "Frank", "sip:frank@contoso.com");
        bobsGroup = store.AddGroup(Bob, "Colleagues");
    }

    [Fact]
    public async Task AddImContactToGroup_ImContactAndGroup_AddsMembershipAndBumpsGroupVersion()
    {
        var result = await AddAsync(Id(carol.Key), Id(friends.Key));

        result.IsSuccess.Should().BeTrue();
        result.Value!.Number.Should().Be(friends.Number);
        result.Value.Version.Should().Be(friends.Version + 1, "the group is returned as it now is");
        store.Memberships(Alice).Should().Equal((friends.Number, carol.Number));
        store.Groups(Alice).Single(g => g.Number == friends.Number).Version.Should().Be(friends.Version + 1);
    }

    [Fact]
    public async Task AddImContactToGroup_NoGroupId_PutsContactInNewOtherContactsGroup()
    {
        var result = await AddAsync(Id(carol.Key), groupId: null);

        result.IsSuccess.Should().BeTrue();
        var otherContacts = store.Groups(Alice).Should().ContainSingle(g => g.GroupType == GroupTypes.OtherContacts).Subject;
        otherContacts.DisplayName.Should().Be(SystemGroups.OtherContactsName);
        result.Value!.Number.Should().Be(otherContacts.Number);
        store.Memberships(Alice).Should().Equal((otherContacts.Number, carol.Number));
    }

    [Fact]
    public async Task AddImContactToGroup_NoGroupIdTwice_ReusesOtherContactsGroup()
    {
        var first = await AddAsync(Id(carol.Key), groupId: null);
        var second = await AddAsync(Id(dave.Key), groupId: null);

        second.Value!.Number.Should().Be(first.Value!.Number);
        store.Groups(Alice).Where(g => g.GroupType == GroupTypes.OtherContacts).Should().ContainSingle();
        store.Memberships(Alice).Should().BeEquivalentTo(
            [(first.Value.Number, carol.Number), (first.Value.Number, dave.Number)]);
    }

    [Fact]
    public async Task AddImContactToGroup_ExistingMember_SucceedsAndChangesNothing()
    {
        await AddAsync(Id(carol.Key), Id(friends.Key));
        var before = store.Snapshot();

        var result = await AddAsync(Id(carol.Key), Id(friends.Key));

        result.IsSuccess.Should().BeTrue();
        store.Snapshot().Should().BeEquivalentTo(before);
        store.Groups(Alice).Single(g => g.Number == friends.Number).Version.Should().Be(friends.Version + 1);
    }

    [Fact]
    public Task AddImContactToGroup_ContactWithoutImAddress_ReportsInvalidContactId() =>
        ShouldFailWithoutChanges(Id(noImContact.Key), Id(friends.Key), ImListError.InvalidImContactId);

    [Fact]
    public Task AddImContactToGroup_ContactWithoutImAddressAndNoGroupId_CreatesNoOtherContactsGroup() =>
        ShouldFailWithoutChanges(Id(noImContact.Key), null, ImListError.InvalidImContactId);

    [Fact]
    public Task AddImContactToGroup_UnknownContact_ReportsInvalidContactId() =>
        ShouldFailWithoutChanges(Id(new ItemKey(ItemKind.Contact, Alice, 9999)), Id(friends.Key), ImListError.InvalidImContactId);

    [Fact]
    public Task AddImContactToGroup_ContactIdOfAnotherMailbox_ReportsInvalidContactId() =>
        ShouldFailWithoutChanges(Id(bobsContact.Key), Id(friends.Key), ImListError.InvalidImContactId);

    [Fact]
    public Task AddImContactToGroup_OtherMailboxContactNumberUnderOwnMailbox_ReportsInvalidContactId() =>
        ShouldFailWithoutChanges(Id(bobsContact.Key with { MailboxId = Alice }), Id(friends.Key), ImListError.InvalidImContactId);

    [Fact]
    public Task AddImContactToGroup_GroupIdAsContactId_ReportsInvalidContactId() =>
        ShouldFailWithoutChanges(Id(friends.Key), Id(friends.Key), ImListError.InvalidImContactId);

    [Fact]
    public Task AddImContactToGroup_GroupOfAnotherMailbox_ReportsInvalidGroupId() =>
        ShouldFailWithoutChanges(Id(carol.Key), Id(bobsGroup.Key), ImListError.InvalidImGroupId);

    [Fact]
    public Task AddImContactToGroup_UnknownGroup_ReportsInvalidGroupId() =>
        ShouldFailWithoutChanges(Id(carol.Key), Id(new ItemKey(ItemKind.Group, Alice, 9999)), ImListError.InvalidImGroupId);

    [Fact]
    public Task AddImContactToGroup_ContactIdAsGroupId_ReportsInvalidGroupId() =>
        ShouldFailWithoutChanges(Id(carol.Key), Id(dave.Key), ImListError.InvalidImGroupId);

    [Theory]
    [InlineData("not an id")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAA")]
    public Task AddImContactToGroup_MalformedContactId_ReportsMalformed(string contactId) =>
        ShouldFailWithoutChanges(contactId, Id(friends.Key), ImListError.InvalidIdMalformed);

    [Fact]
    public Task AddImContactToGroup_MalformedGroupId_ReportsMalformed() =>
        ShouldFailWithoutChanges(Id(carol.Key), "not an id", ImListError.InvalidIdMalformed);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public Task AddImContactToGroup_EmptyContactId_ReportsEmpty(string? contactId) =>
        ShouldFailWithoutChanges(contactId, Id(friends.Key), ImListError.InvalidIdEmpty);

    [Fact]
    public Task AddImContactToGroup_EmptyGroupId_ReportsEmpty() =>
        ShouldFailWithoutChanges(Id(carol.Key), string.Empty, ImListError.InvalidIdEmpty);

    private static string Id(ItemKey key) => ItemIdCodec.EncodeId(key);

    private Task<ImListResult<ImGroup>> AddAsync(string? contactId, string? groupId) =>
        service.AddImContactToGroupAsync(Alice, contactId, groupId, CancellationToken.None);

    private async Task ShouldFailWithoutChanges(string? contactId, string? groupId, ImListError expected)
    {
        var before = store.Snapshot();

        var result = await AddAsync(contactId, groupId);

        result.IsSuccess.Should().BeFalse();
        result.Error.Should().Be(expected);
        result.Value.Should().BeNull();
        store.Snapshot().Should().BeEquivalentTo(before);
    }
}
