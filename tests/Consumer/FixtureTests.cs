using Ews.ImGroups.Testing;
using Ews.ImGroups.Testing.Xunit;

namespace Ews.ImGroups.Consumer.Tests;

public sealed class ContosoServer : EwsImGroupsFixture
{
    protected override void Configure(EwsImGroupsServerOptions o) =>
        o.Mailbox("alice@contoso.com").Contact("bob", "Bob Brown", "sip:bob@contoso.com").Group("Team", "bob");
}

/// <summary>The xunit fixture resets the server before each test, so both tests see only the seed and their own call.</summary>
public sealed class FixtureTests(ContosoServer fixture) : EwsImGroupsTest<ContosoServer>(fixture)
{
    [Theory]
    [InlineData("Night shift")]
    [InlineData("Day shift")]
    public async Task Each_test_starts_from_the_seed(string name)
    {
        var alice = Server.CreateClient("alice@contoso.com");

        await alice.AddImGroupAsync(name);

        var names = (await alice.GetImItemListAsync()).Groups.Select(g => g.DisplayName).ToList();
        Assert.Contains("Team", names);
        Assert.Equal(name, Assert.Single(names, n => n is "Night shift" or "Day shift"));
        await Server.Journal.ShouldContainAsync(operation: "AddImGroup", times: 1);
    }
}
