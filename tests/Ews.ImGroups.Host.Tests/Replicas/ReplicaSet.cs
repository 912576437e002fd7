using Ews.ImGroups.Host.Tests.Published;
using Ews.ImGroups.TestSupport.PostgreSql;

namespace Ews.ImGroups.Host.Tests.Replicas;

/// <summary>
/// Published server processes sharing one PostgreSQL database, as replicas behind a load balancer run: each named by
/// its <c>Ews__ReplicaName</c>, the first started before the others so it alone migrates a fresh database.
/// </summary>
public sealed class ReplicaSet : IAsyncDisposable
{
    private readonly List<RunningServer> servers;

    private ReplicaSet(PostgresCluster cluster, string connectionString, List<RunningServer> servers)
    {
        Cluster = cluster;
        ConnectionString = connectionString;
        this.servers = servers;
    }

    public PostgresCluster Cluster { get; }

    public string ConnectionString { get; }

    public IReadOnlyList<RunningServer> Servers => servers;

    public RunningServer this[int index] => servers[index];

    public static string Name(int index) => $"replica-{(char)('a' + index)}";

    /// <summary>Starts <paramref name="count"/> replicas on a new database of <paramref name="cluster"/> (the shared one by default).</summary>
    public static async Task<ReplicaSet> StartAsync(PublishedApp app, int count, PostgresCluster? cluster = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        cluster ??= await PostgresCluster.SharedAsync();
        var connectionString = await cluster.CreateDatabaseAsync();
        var servers = new List<RunningServer>();
        try
        {
            for (var i = 0; i < count; i++)
            {
                servers.Add(await app.StartAsync(Environment(connectionString, Name(i), settings)));
            }
        }
        catch
        {
            servers.ForEach(s => s.Dispose());
            throw;
        }

        return new ReplicaSet(cluster, connectionString, servers);
    }

    public static Dictionary<string, string> Environment(string connectionString, string name, IReadOnlyDictionary<string, string>? settings = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["Ews__Store__Provider"] = "PostgreSql",
            ["ConnectionStrings__ImGroups"] = connectionString,
            ["Ews__ReplicaName"] = name,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        return environment;
    }

    public async ValueTask DisposeAsync()
    {
        servers.ForEach(s => s.Dispose());
        if (Cluster.IsShared)
        {
            await Cluster.DropDatabaseAsync(ConnectionString);
        }
    }
}
