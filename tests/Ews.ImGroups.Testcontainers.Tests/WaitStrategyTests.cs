namespace Ews.ImGroups.Testcontainers.Tests;

/// <summary>The builder's wait strategies, tried against a stand-in for the container's server.</summary>
public sealed class WaitStrategyTests
{
    [Fact]
    public async Task Wait_strategies_hold_the_start_until_readyz_on_port_8080_answers_200()
    {
        await using var probe = await ReadinessProbe.StartAsync();
        var container = StartedContainerStandIn.Create(probe.Port);
        var strategies = new EwsImGroupsBuilder().Configuration.WaitStrategies.ToList();

        probe.StatusCode = 503;
        var whileNotReady = await Task.WhenAll(strategies.Select(strategy => strategy.UntilAsync(container)));
        probe.StatusCode = 200;
        var onceReady = await Task.WhenAll(strategies.Select(strategy => strategy.UntilAsync(container)));

        whileNotReady.Should().Contain(false);
        onceReady.Should().OnlyContain(ready => ready);
        probe.Paths.Should().NotBeEmpty().And.OnlyContain(path => path == "/readyz");
    }
}
