namespace Ews.ImGroups.Host.Chaos;

/// <summary>A rule in force as it stands: its id, its definition, the uses it has left (null: no end) and its hits.</summary>
public sealed record ChaosRuleState(int Id, ChaosRuleDefinition Definition, int? Remaining, long Hits)
{
    public string Describe() => $"chaos rule {Id}: {Definition.Effect}";
}

/// <summary>Where the rules in force are kept: this process's memory, or a table every replica shares.</summary>
public interface IChaosRuleStore
{
    /// <summary>The rules in force, in the order they were added.</summary>
    ValueTask<IReadOnlyList<ChaosRuleState>> ListAsync(CancellationToken cancellationToken);

    Task<ChaosRuleState> AddAsync(ChaosRuleDefinition definition, CancellationToken cancellationToken);

    Task<bool> RemoveAsync(int id, CancellationToken cancellationToken);

    Task ClearAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Spends one use of a rule, never more than it has, however many requests draw it at once; the rule after the
    /// use, or null when it was used up or removed meanwhile. A rule whose last use this was leaves the list.
    /// </summary>
    ValueTask<ChaosRuleState?> TryUseAsync(int id, CancellationToken cancellationToken);
}
