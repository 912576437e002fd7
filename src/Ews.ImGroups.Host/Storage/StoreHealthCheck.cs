using Ews.ImGroups.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ews.ImGroups.Host.Storage;

/// <summary>
/// Ready while the store answers, can take writes (for SQLite: its volume keeps the configured room free) and has every migration this build knows; a store that does not answer within
/// <see cref="StorageInitializer.ReadinessTimeout"/> is not ready, so a probe never hangs on it.
/// </summary>
public sealed class StoreHealthCheck(StorageInitializer storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await storage.IsReadyAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The store cannot be reached, cannot take writes or lacks migrations.");
}
