using Ews.ImGroups.Testing;
using Ews.ImGroups.Testing.Xunit;

namespace Ews.ImGroups.Testing.Tests;

public sealed class AliceFixture : EwsImGroupsFixture
{
    protected override void Configure(EwsImGroupsServerOptions options) => Seeds.AliceWithTeam(options);
}

/// <summary>
/// Both tests change the shared server the same way and expect to be the first to do so: whichever runs second passes
/// only because the base class reset the server before it.
/// </summary>
public sealed class XunitFixtureTests(AliceFixture fixture) : EwsImGroupsTest<AliceFixture>(fixture)
{
    [Fact]
    public Task The_first_test_sees_only_the_seed() => AddTheSameGroupAsync();

    [Fact]
    public Task The_second_test_sees_only_the_seed_too() => AddTheSameGroupAsync();

    private async Task AddTheSameGroupAsync()
    {
        var alice = Server.CreateClient("alice@contoso.com");
        (await alice.GetImItemListAsync()).Groups.Select(g => g.DisplayName).Should().NotContain("Added once");

        await alice.AddImGroupAsync("Added once");

        await Server.Journal.ShouldContainAsync(operation: "AddImGroup", times: 1);
    }
}
