using Ews.ImGroups.Domain.Lists;

namespace Ews.ImGroups.Storage.Tests;

/// <summary>Writers of one mailbox racing each other: the rules must hold as if they had come one at a time.</summary>
public class EfImListStoreConcurrencyTests
{
    [Fact]
    public async Task AddImGroup_fifty_parallel_calls_with_one_name_exactly_one_succeeds()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);

        var results = await Parallel(50, _ => store.Groups.AddImGroupAsync(store.Alice, "Friends", CancellationToken.None));

        results.Count(r => r.IsSuccess).Should().Be(1);
        results.Where(r => !r.IsSuccess).Should().HaveCount(49)
            .And.OnlyContain(r => r.Error == ImListError.ImGroupDisplayNameAlreadyExists);
        (await StoreQueries.UserGroupsAsync(store.Services, store.Alice)).Should().ContainSingle();
    }

    [Fact]
    public async Task AddImGroup_two_hundred_parallel_distinct_names_adds_every_group()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database, new ImListLimits(500, ImListLimits.DefaultMaxContacts));

        var results = await Parallel(200, i => store.Groups.AddImGroupAsync(store.Alice, $"Group {i}", CancellationToken.None));

        results.Should().OnlyContain(r => r.IsSuccess);
        results.Select(r => r.Value!.Number).Should().OnlyHaveUniqueItems();
        (await StoreQueries.UserGroupsAsync(store.Services, store.Alice)).Should().HaveCount(200);
    }

    [Fact]
    public async Task AddImGroup_parallel_calls_beyond_the_limit_stop_at_the_limit()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database, new ImListLimits(5, ImListLimits.DefaultMaxContacts));

        var results = await Parallel(20, i => store.Groups.AddImGroupAsync(store.Alice, $"Group {i}", CancellationToken.None));

        results.Count(r => r.IsSuccess).Should().Be(5);
        results.Where(r => !r.IsSuccess).Should().OnlyContain(r => r.Error == ImListError.ImGroupLimitReached);
        (await StoreQueries.UserGroupsAsync(store.Services, store.Alice)).Should().HaveCount(5);
    }

    [Fact]
    public async Task AddNewImContactToGroup_fifty_parallel_spellings_of_one_address_create_one_contact()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var friends = await store.AddGroupAsync(store.Alice, "Friends");
        string[] spellings = ["sip:erin@contoso.com", "erin@contoso.com", "SIP:Erin@Contoso.com", " Erin@CONTOSO.com "];

        var results = await Parallel(50, i => store.Contacts.AddNewImContactToGroupAsync(
            store.Alice, spellings[i % spellings.Length], "Erin", SeededStore.Id(friends), CancellationToken.None));

        results.Should().OnlyContain(r => r.IsSuccess);
        results.Select(r => r.Value!.Primary.Number).Distinct().Should().ContainSingle();
        var erin = (await StoreQueries.ContactsAsync(store.Services, store.Alice))
            .Should().ContainSingle(c => c.NormalizedImAddress == "erin@contoso.com").Subject;
        (await StoreQueries.MembershipsAsync(store.Services)).Should().ContainSingle(m => m.ContactId == erin.Id)
            .Which.GroupId.Should().Be(friends.Number);
    }

    [Fact]
    public async Task AddNewImContactToGroup_parallel_new_addresses_beyond_the_limit_stop_at_the_limit()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database, new ImListLimits(ImListLimits.DefaultMaxGroups, 3));

        var results = await Parallel(12, i => store.Contacts.AddNewImContactToGroupAsync(
            store.Alice, $"person{i}@contoso.com", null, null, CancellationToken.None));

        results.Count(r => r.IsSuccess).Should().Be(3);
        results.Where(r => !r.IsSuccess).Should().OnlyContain(r => r.Error == ImListError.ImContactLimitReached);
        (await store.ReadAsync(store.Alice)).Personas.Should().HaveCount(3);
    }

    [Fact]
    public async Task SetImGroup_two_groups_renamed_to_one_name_in_parallel_exactly_one_succeeds_each_round()
    {
        await using var database = new TempDatabase();
        var store = await SeededStore.StartAsync(database);
        var groups = new[] { await store.AddGroupAsync(store.Alice, "Friends"), await store.AddGroupAsync(store.Alice, "Family") };

        for (var round = 0; round < 10; round++)
        {
            var name = $"Team {round}";

            var results = await Parallel(2, i => store.Groups.SetImGroupAsync(store.Alice, SeededStore.Id(groups[i]), name, CancellationToken.None));

            results.Count(r => r.IsSuccess).Should().Be(1, "round {0} renamed both groups to one name", round);
            results.Single(r => !r.IsSuccess).Error.Should().Be(ImListError.ImGroupDisplayNameAlreadyExists);
            (await StoreQueries.UserGroupsAsync(store.Services, store.Alice)).Count(g => g.DisplayName == name).Should().Be(1);
        }
    }

    private static Task<TResult[]> Parallel<TResult>(int count, Func<int, Task<TResult>> call) =>
        Task.WhenAll(Enumerable.Range(0, count).Select(i => Task.Run(() => call(i))));
}
