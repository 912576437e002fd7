using Ews.ImGroups.Domain.Ids;
using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Storage.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Storage.Tests;

/// <summary>The session's reads and writes, driven through the rules as the host drives them.</summary>
public class EfMailboxSessionTests
{
    [Fact]
    public async Task AddImGroup_NewName_PersistsRow()
    {
        await using var database = new TempDatabase();
        var (services, lists, alice, _) = await StartAsync(database);

        var result = await lists.AddImGroupAsync(alice, "My Friends", CancellationToken.None);

        var row = (await StoreQueries.GroupsAsync(services, alice)).Should().ContainSingle().Subject;
        row.Id.Should().Be(result.Value!.Number);
        row.DisplayName.Should().Be("My Friends");
        row.NormalizedDisplayName.Should().Be(GroupNames.Normalize("My Friends"));
        row.GroupType.Should().Be(GroupTypes.UserGroup);
    }

    [Fact]
    public async Task AddImContactToGroup_NewMember_StoresMembershipAndBumpsGroupVersion()
    {
        await using var database = new TempDatabase();
        var (services, lists, alice, seeded) = await StartAsync(database);
        var group = (await lists.AddImGroupAsync(alice, "Friends", CancellationToken.None)).Value!;

        var result = await lists.AddImContactToGroupAsync(
            alice, seeded.ContactId(TestSeeds.AliceSmtp, "bob"), ItemIdCodec.EncodeId(group.Key), CancellationToken.None);

        result.IsSuccess.Should().BeTrue();
        (await StoreQueries.GroupsAsync(services, alice)).Single().Version.Should().Be(group.Version + 1);
        (await StoreQueries.MembershipsAsync(services)).Should().ContainSingle().Which.GroupId.Should().Be(group.Number);
    }

    [Fact]
    public async Task AddImContactToGroup_ExistingMember_KeepsVersionAndSingleMembership()
    {
        await using var database = new TempDatabase();
        var (services, lists, alice, seeded) = await StartAsync(database);
        var group = (await lists.AddImGroupAsync(alice, "Friends", CancellationToken.None)).Value!;
        var bob = seeded.ContactId(TestSeeds.AliceSmtp, "bob");
        await lists.AddImContactToGroupAsync(alice, bob, ItemIdCodec.EncodeId(group.Key), CancellationToken.None);

        var again = await lists.AddImContactToGroupAsync(alice, bob, ItemIdCodec.EncodeId(group.Key), CancellationToken.None);

        again.IsSuccess.Should().BeTrue();
        (await StoreQueries.GroupsAsync(services, alice)).Single().Version.Should().Be(group.Version + 1);
        (await StoreQueries.MembershipsAsync(services)).Should().ContainSingle();
    }

    [Fact]
    public async Task AddImContactToGroup_NoGroupIdForTwoContacts_StoresOneOtherContactsGroup()
    {
        await using var database = new TempDatabase();
        var (services, lists, alice, seeded) = await StartAsync(database);

        await lists.AddImContactToGroupAsync(alice, seeded.ContactId(TestSeeds.AliceSmtp, "bob"), null, CancellationToken.None);
        await lists.AddImContactToGroupAsync(alice, seeded.ContactId(TestSeeds.AliceSmtp, "carol"), null, CancellationToken.None);

        var group = (await StoreQueries.GroupsAsync(services, alice)).Should().ContainSingle().Subject;
        group.GroupType.Should().Be(GroupTypes.OtherContacts);
        group.DisplayName.Should().Be(SystemGroups.OtherContactsName);
        (await StoreQueries.MembershipsAsync(services)).Should().HaveCount(2).And.OnlyContain(m => m.GroupId == group.Id);
    }

    [Fact]
    public async Task AddImGroup_OtherContactsPresent_DoesNotCountTowardsLimit()
    {
        await using var database = new TempDatabase();
        var (_, lists, alice, seeded) = await StartAsync(database, new ImListLimits(1));
        await lists.AddImContactToGroupAsync(alice, seeded.ContactId(TestSeeds.AliceSmtp, "bob"), null, CancellationToken.None);

        var first = await lists.AddImGroupAsync(alice, "Friends", CancellationToken.None);
        var second = await lists.AddImGroupAsync(alice, "Family", CancellationToken.None);

        first.IsSuccess.Should().BeTrue();
        second.Error.Should().Be(ImListError.ImGroupLimitReached);
    }

    [Fact]
    public async Task AddImContactToGroup_OtherMailboxContactNumberUnderOwnMailbox_ReportsInvalidContactId()
    {
        await using var database = new TempDatabase();
        var (services, lists, alice, seeded) = await StartAsync(database);
        ItemIdCodec.TryDecodeId(seeded.ContactId(TestSeeds.BobSmtp, "alice"), out var bobsContact);
        var forged = ItemIdCodec.EncodeId(bobsContact with { MailboxId = alice });

        var result = await lists.AddImContactToGroupAsync(alice, forged, null, CancellationToken.None);

        result.Error.Should().Be(ImListError.InvalidImContactId);
        (await StoreQueries.MembershipsAsync(services)).Should().BeEmpty();
    }

    [Fact]
    public async Task AddImContactToGroup_OtherMailboxGroupNumberUnderOwnMailbox_ReportsInvalidGroupId()
    {
        await using var database = new TempDatabase();
        var (services, lists, alice, seeded) = await StartAsync(database);
        var bob = (await StoreQueries.MailboxAsync(services, TestSeeds.BobSmtp)).Id;
        var bobsGroup = (await lists.AddImGroupAsync(bob, "Colleagues", CancellationToken.None)).Value!;
        var forged = ItemIdCodec.EncodeId(bobsGroup.Key with { MailboxId = alice });

        var result = await lists.AddImContactToGroupAsync(
            alice, seeded.ContactId(TestSeeds.AliceSmtp, "bob"), forged, CancellationToken.None);

        result.Error.Should().Be(ImListError.InvalidImGroupId);
        (await StoreQueries.MembershipsAsync(services)).Should().BeEmpty();
    }

    [Fact]
    public async Task AddImContactToGroup_SeededContactWithoutImAddress_ReportsInvalidContactId()
    {
        await using var database = new TempDatabase();
        var (services, lists, alice, seeded) = await StartAsync(database);

        var result = await lists.AddImContactToGroupAsync(
            alice, seeded.ContactId(TestSeeds.AliceSmtp, "dave-no-im"), null, CancellationToken.None);

        result.Error.Should().Be(ImListError.InvalidImContactId);
        (await StoreQueries.GroupsAsync(services, alice)).Should().BeEmpty();
    }

    private static async Task<(ServiceProvider Services, ImListService Lists, long Alice, IReadOnlyList<SeededContact> Seeded)>
        StartAsync(TempDatabase database, ImListLimits? limits = null)
    {
        var services = database.CreateServices(limits);
        var seeded = await services.GetRequiredService<StorageInitializer>()
            .InitializeAsync(TestSeeds.AliceAndBob(), CancellationToken.None);
        var alice = await StoreQueries.MailboxAsync(services, TestSeeds.AliceSmtp);
        return (services, services.GetRequiredService<ImListService>(), alice.Id, seeded);
    }
}
