using Ews.ImGroups.Host.Chaos;
using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Storage.PostgreSql.Coordination;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Storage.Replicas;

/// <summary>
/// Once the shared store is migrated: puts the configured chaos rules in force (unless another replica already did) and
/// starts hearing the other replicas' changes, which this replica's watchers then see.
/// </summary>
public sealed class SharedStateStartup(
    SharedChaosRuleStore chaos, IOptions<ChaosOptions> chaosOptions, SharedChanges changes, ChangeFeed feed) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await chaos.AddConfiguredAsync(chaosOptions.Value.Rules, cancellationToken);
        changes.Start(feed.NotifyHere);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
