using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ews.ImGroups.Host.Chaos;
using Ews.ImGroups.Storage.PostgreSql.Coordination;

namespace Ews.ImGroups.Host.Storage.Replicas;

/// <summary>
/// The chaos rules in the table every replica shares. Every request reads the rules in force, so a rule added or
/// removed through any replica applies to the very next request each replica serves.
/// </summary>
public sealed class SharedChaosRuleStore(SharedChaosRules table) : IChaosRuleStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>A rule's definition never changes under its id, so each is read from its JSON once.</summary>
    private readonly ConcurrentDictionary<int, ChaosRuleDefinition> definitions = new();

    public async ValueTask<IReadOnlyList<ChaosRuleState>> ListAsync(string tenant, CancellationToken cancellationToken)
    {
        var rows = await table.ListAsync(tenant, cancellationToken);
        return rows.Count == 0 ? [] : rows.Select(State).ToList();
    }

    public async Task<ChaosRuleState> AddAsync(string tenant, ChaosRuleDefinition definition, CancellationToken cancellationToken) =>
        State(await table.AddAsync(tenant, JsonSerializer.Serialize(definition, Json), definition.Times, cancellationToken));

    /// <summary>Adds the configured rules unless configuration's rules are already in force (another replica added them).</summary>
    public Task AddConfiguredAsync(IEnumerable<ChaosRuleDefinition> rules, CancellationToken cancellationToken) =>
        table.AddConfiguredAsync(rules.Select(r => (JsonSerializer.Serialize(r, Json), r.Times)).ToList(), cancellationToken);

    public Task<bool> RemoveAsync(string tenant, int id, CancellationToken cancellationToken) => table.RemoveAsync(tenant, id, cancellationToken);

    public Task ClearAsync(string tenant, CancellationToken cancellationToken) => table.ClearAsync(tenant, cancellationToken);

    public async ValueTask<ChaosRuleState?> TryUseAsync(int id, CancellationToken cancellationToken) =>
        await table.TryUseAsync(id, cancellationToken) is { } row ? State(row) : null;

    private ChaosRuleState State(ChaosRuleRow row) => new(
        row.Id,
        definitions.GetOrAdd(row.Id, static (_, json) => JsonSerializer.Deserialize<ChaosRuleDefinition>(json, Json)
            ?? throw new InvalidDataException("A stored chaos rule is empty."), row.Definition),
        row.Remaining,
        row.Hits);
}
