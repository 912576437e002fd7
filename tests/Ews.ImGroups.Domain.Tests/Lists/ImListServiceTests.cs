using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Tests.Lists.Fakes;
using static Ews.ImGroups.Domain.Tests.Lists.Fakes.TestIds;

namespace Ews.ImGroups.Domain.Tests.Lists;

public class ImListServiceTests
{
    private readonly InMemoryImListStore store = new();
    private readonly ImListService service;
    private readonly ImGroup friends;
    private readonly ImGroup family;
    private readonly ImContact carol;
    private readonly ImContact dave;
    private readonly ImGroup bobsGroup;
    private readonly ImContact bobsContact;

    public ImListServiceTests()
    {
        service = new ImListService(store, TestIds.Codec);
        friends = store.AddGroup(Alice, "Friends");
        family = store.AddGroup(Alice, "Family");
        carol = store.AddContact(Alice, "Carol", "carol@contoso.com");
        dave = store.AddContact(Alice, "Dave", "dave@contoso.com");
        store.AddMember(friends, carol);
        store.AddMember(family, dave);
        bobsGroup = store.AddGroup(Bob, "Colleagues");
        bobsContact = store.AddContact(Bob, "Frank", "frank@contoso.com");
        store.AddMember(bobsGroup, bobsContact);
    }

    [Fact]
    public async Task GetImItemList_any_mailbox_reads_everything_of_that_mailbox()
    {
        var list = await service.GetImItemListAsync(Alice, CancellationToken.None);

        store.Reads.Should().Equal((Alice, ImListSelection.Everything));
        list.Groups.Select(g => g.Group.Number).Should().Contain([friends.Number, family.Number]).And.NotContain(bobsGroup.Number);
        list.Personas.Select(p => p.Primary).Should().Equal(carol, dave);
    }

    [Fact]
    public async Task GetImItems_ids_of_the_mailbox_selects_their_numbers()
    {
        var list = await GetAsync([Of(dave)], [Of(family)]);

        Selection.GroupNumbers.Should().Equal(family.Number);
        Selection.ContactNumbers.Should().Equal(dave.Number);
        list.Groups.Should().ContainSingle().Which.Group.Should().Be(family);
        list.Personas.Select(p => p.Primary).Should().Equal(dave);
    }

    [Fact]
    public async Task GetImItems_ids_of_another_mailbox_are_passed_over()
    {
        var list = await GetAsync([Of(bobsContact), Forged(bobsContact, Alice), Of(carol)], [Of(bobsGroup), Of(friends)]);

        Selection.GroupNumbers.Should().Equal(friends.Number);
        Selection.ContactNumbers.Should().Equal(bobsContact.Number, carol.Number);
        list.Groups.Select(g => g.Group).Should().Equal(friends);
        list.Personas.Select(p => p.Primary).Should().Equal(carol);
    }

    [Fact]
    public async Task GetImItems_malformed_or_empty_ids_are_passed_over()
    {
        var list = await GetAsync([Malformed, WrongFormat, string.Empty, Of(carol)], [Malformed, string.Empty, Of(friends)]);

        Selection.GroupNumbers.Should().Equal(friends.Number);
        Selection.ContactNumbers.Should().Equal(carol.Number);
        list.Groups.Should().ContainSingle();
        list.Personas.Should().ContainSingle();
    }

    [Fact]
    public async Task GetImItems_ids_of_the_wrong_kind_are_passed_over()
    {
        await GetAsync([Of(friends)], [Of(carol)]);

        Selection.GroupNumbers.Should().BeEmpty();
        Selection.ContactNumbers.Should().BeEmpty();
    }

    [Fact]
    public async Task GetImItems_unknown_ids_return_nothing_for_them()
    {
        var list = await GetAsync([UnknownContact(Alice)], [UnknownGroup(Alice)]);

        list.Groups.Should().BeEmpty();
        list.Personas.Should().BeEmpty();
    }

    [Fact]
    public async Task GetImItems_no_ids_selects_nothing_rather_than_everything()
    {
        var list = await GetAsync([], []);

        Selection.GroupNumbers.Should().NotBeNull().And.BeEmpty();
        Selection.ContactNumbers.Should().NotBeNull().And.BeEmpty();
        list.Groups.Should().BeEmpty();
        list.Personas.Should().BeEmpty();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SetImListMigrationCompleted_any_value_is_stored(bool completed)
    {
        await service.SetImListMigrationCompletedAsync(Alice, !completed, CancellationToken.None);

        var result = await service.SetImListMigrationCompletedAsync(Alice, completed, CancellationToken.None);

        result.IsSuccess.Should().BeTrue();
        store.MigrationCompleted(Alice).Should().Be(completed);
        store.MigrationCompleted(Bob).Should().BeFalse();
    }

    private ImListSelection Selection => store.Reads.Should().ContainSingle().Subject.Selection;

    private Task<ImItemList> GetAsync(IReadOnlyCollection<string> contactIds, IReadOnlyCollection<string> groupIds) =>
        service.GetImItemsAsync(Alice, contactIds, groupIds, CancellationToken.None);
}
