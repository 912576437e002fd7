using System.Collections.Immutable;
using Ews.ImGroups.Storage.Tenants;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Chaos;

/// <summary>
/// The rules of one server process, in its memory; those of configuration are the default tenant's, in force from the start.
/// </summary>
public sealed class MemoryChaosRules : IChaosRuleStore
{
    private readonly Lock sync = new();
    private ImmutableList<Rule> rules = [];
    private int lastId;

    public MemoryChaosRules(IOptions<ChaosOptions> options)
    {
        foreach (var rule in options.Value.Rules)
        {
            Add(TenantNames.Default, rule);
        }
    }

    public ValueTask<IReadOnlyList<ChaosRuleState>> ListAsync(string tenant, CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref rules);
        return ValueTask.FromResult<IReadOnlyList<ChaosRuleState>>(
            current.IsEmpty ? [] : current.Where(r => r.Tenant == tenant).Select(r => r.State()).ToList());
    }

    public Task<ChaosRuleState> AddAsync(string tenant, ChaosRuleDefinition definition, CancellationToken cancellationToken) =>
        Task.FromResult(Add(tenant, definition).State());

    public Task<bool> RemoveAsync(string tenant, int id, CancellationToken cancellationToken) =>
        Task.FromResult(Remove(r => r.Id == id && r.Tenant == tenant));

    public Task ClearAsync(string tenant, CancellationToken cancellationToken)
    {
        Remove(r => r.Tenant == tenant);

        return Task.CompletedTask;
    }

    public ValueTask<ChaosRuleState?> TryUseAsync(int id, CancellationToken cancellationToken)
    {
        var rule = Volatile.Read(ref rules).Find(r => r.Id == id);
        if (rule is null || !rule.TryUse())
        {
            return ValueTask.FromResult<ChaosRuleState?>(null);
        }

        var state = rule.State();
        if (state.Remaining == 0)
        {
            Remove(r => r.Id == id);
        }

        return ValueTask.FromResult<ChaosRuleState?>(state);
    }

    private Rule Add(string tenant, ChaosRuleDefinition definition)
    {
        lock (sync)
        {
            var rule = new Rule(++lastId, tenant, definition.Copy());
            rules = rules.Add(rule);
            return rule;
        }
    }

    private bool Remove(Predicate<Rule> match)
    {
        lock (sync)
        {
            var before = rules;
            rules = rules.RemoveAll(match);
            return rules.Count != before.Count;
        }
    }

    /// <summary>A rule with its counters, which concurrent requests change without a lock.</summary>
    private sealed class Rule(int id, string tenant, ChaosRuleDefinition definition)
    {
        private int remaining = definition.Times ?? -1;
        private long hits;

        public int Id { get; } = id;

        public string Tenant { get; } = tenant;

        public ChaosRuleState State() => new(
            Id, definition, definition.Times is null ? null : Math.Max(0, Volatile.Read(ref remaining)), Interlocked.Read(ref hits));

        /// <summary>Takes one use of a counted rule; false once it is used up, so concurrent requests never overshoot.</summary>
        public bool TryUse()
        {
            if (definition.Times is not null && Interlocked.Decrement(ref remaining) < 0)
            {
                return false;
            }

            Interlocked.Increment(ref hits);
            return true;
        }
    }
}
