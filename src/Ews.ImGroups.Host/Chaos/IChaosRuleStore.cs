namespace Ews.ImGroups.Host.Chaos;

/// <summary>A rule in force as it stands: its id, its definition, the uses it has left (null: no end) and its hits.</summary>
public sealed record ChaosRuleState(int Id, ChaosRuleDefinition Definition, int? Remaining, long Hits)
{
    public string Describe() => $"chaos rule {Id}: {Definition.Effect}";
}

/// <summary>
/// Where the rules in force are kept: this process's memory, or a table every replica shares. Each rule belongs to one
/// tenant and applies to its requests only; its id is unique across tenants.
/// </summary>
public interface IChaosRuleStore
{
    /// <summary>The tenant's rules in force, in the order they were added.</summary>
    ValueTask<IReadOnlyList<ChaosRuleState>> ListAsync(string tenant, CancellationToken cancellationToken);

    Task<ChaosRuleState> AddAsync(string tenant, ChaosRuleDefinition definition, CancellationToken cancellationToken);

    /// <summary>Removes the tenant's rule; false when the tenant has none with the id.</summary>
    Task<bool> RemoveAsync(string tenant, int id, CancellationToken cancellationToken);

    Task ClearAsync(string tenant, CancellationToken cancellationToken);

    /// <summary>
    /// Spends one use of a rule, never more than it has, however many requests draw it at once; the rule after the
    /// use, or null when it was used up or removed meanwhile. A rule whose last use this was leaves the list.
    /// </summary>
    ValueTask<ChaosRuleState?> TryUseAsync(int id, CancellationToken cancellationToken);
}
