using Ews.ImGroups.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ews.ImGroups.Host.Storage;

/// <summary>
/// Ready while the store answers, within a few seconds, and has every migration this build knows; a probe never hangs
/// on a database that does not answer.
/// </summary>
public sealed class StoreHealthCheck(StorageInitializer storage) : IHealthCheck
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Patience);
        try
        {
            return await storage.IsReadyAsync(timeout.Token)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The store lacks migrations this build needs.");
        }
        catch (Exception e) when (StoreFailures.IsUnavailable(e) || e is OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The store cannot be reached.");
        }
    }
}
