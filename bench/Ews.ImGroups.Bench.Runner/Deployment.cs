using System.Globalization;

namespace Ews.ImGroups.Bench.Runner;

/// <summary>
/// What wrk drives: one server, or several replicas on one store with nginx in front of them. Its figures are the
/// replicas' together: CPU time and allocations summed, memory of the replica that used the most, and the database's
/// own CPU time when the store runs outside the servers.
/// </summary>
public sealed class Deployment : IAsyncDisposable
{
    private readonly IReadOnlyList<ServerProcess> replicas;
    private readonly NginxProxy? proxy;
    private readonly IStoreKind? store;

    private Deployment(IReadOnlyList<ServerProcess> replicas, NginxProxy? proxy, IStoreKind? store)
    {
        this.replicas = replicas;
        this.proxy = proxy;
        this.store = store;
    }

    /// <summary>Where requests go: nginx's address, or the one server's.</summary>
    public Uri Url => proxy?.Url ?? replicas[0].Url!;

    /// <summary>
    /// Where the control API is asked: the first server, as the replicas share their store. Seeds skip nginx, which
    /// would otherwise spool their large bodies to files.
    /// </summary>
    public Uri ControlUrl => replicas[0].Url!;

    /// <summary>
    /// Starts <paramref name="count"/> servers with the same arguments (each named by Ews:ReplicaName when there are
    /// several), waits until each is ready, and puts nginx in front of them when there are several.
    /// </summary>
    public static async Task<Deployment> StartAsync(
        string executable,
        IReadOnlyList<string> arguments,
        int count,
        string name,
        string work,
        IReadOnlyDictionary<string, string>? environment,
        IStoreKind? store,
        HttpClient http,
        CancellationToken cancellationToken = default)
    {
        var replicas = new List<ServerProcess>();
        try
        {
            for (var i = 1; i <= count; i++)
            {
                var replica = count == 1 ? name : $"{name}-{i.ToString(CultureInfo.InvariantCulture)}";
                var replicaEnvironment = new Dictionary<string, string>(environment ?? new Dictionary<string, string>());
                if (count > 1)
                {
                    replicaEnvironment["Ews__ReplicaName"] = replica;
                }

                replicas.Add(ServerProcess.Start(executable, arguments, Path.Combine(work, replica + ".log"), replicaEnvironment));
            }

            // Replicas on one database take turns to migrate it as they start, so each is waited for in turn.
            foreach (var replica in replicas)
            {
                await replica.WaitUntilReadyAsync(http, cancellationToken);
            }

            var proxy = count > 1
                ? await NginxProxy.StartAsync(Path.Combine(work, name + "-nginx"), [.. replicas.Select(r => r.Url!)], http, cancellationToken)
                : null;
            return new Deployment(replicas, proxy, store);
        }
        catch
        {
            foreach (var replica in replicas)
            {
                await replica.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>The replicas' CPU time and allocations together, and the database's CPU time, so far.</summary>
    public async Task<Usage> UsageAsync(HttpClient http, CancellationToken cancellationToken = default)
    {
        var each = await Task.WhenAll(replicas.Select(r => r.UsageAsync(http, cancellationToken)));
        return new Usage(
            TimeSpan.FromTicks(each.Sum(u => u.Cpu.Ticks)),
            each.Sum(u => u.AllocatedBytes),
            store?.DatabaseCpuTime());
    }

    /// <summary>Resident memory now and at its highest so far of the replica with the highest peak, in bytes.</summary>
    public (long Resident, long Peak) Memory() => replicas.Select(r => r.Memory()).MaxBy(m => m.Peak);

    public async ValueTask DisposeAsync()
    {
        if (proxy is not null)
        {
            await proxy.DisposeAsync();
        }

        await Task.WhenAll(replicas.Select(r => r.DisposeAsync().AsTask()));
    }
}
