using System.Collections.Immutable;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Chaos;

/// <summary>The rules of one server process, in its memory; those of configuration are in force from the start.</summary>
public sealed class MemoryChaosRules : IChaosRuleStore
{
    private readonly Lock sync = new();
    private ImmutableList<Rule> rules = [];
    private int lastId;

    public MemoryChaosRules(IOptions<ChaosOptions> options)
    {
        foreach (var rule in options.Value.Rules)
        {
            Add(rule);
        }
    }

    public ValueTask<IReadOnlyList<ChaosRuleState>> ListAsync(CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref rules);
        return ValueTask.FromResult<IReadOnlyList<ChaosRuleState>>(current.IsEmpty ? [] : current.Select(r => r.State()).ToList());
    }

    public Task<ChaosRuleState> AddAsync(ChaosRuleDefinition definition, CancellationToken cancellationToken) =>
        Task.FromResult(Add(definition).State());

    public Task<bool> RemoveAsync(int id, CancellationToken cancellationToken) => Task.FromResult(Remove(id));

    public Task ClearAsync(CancellationToken cancellationToken)
    {
        lock (sync)
        {
            rules = [];
        }

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
            Remove(id);
        }

        return ValueTask.FromResult<ChaosRuleState?>(state);
    }

    private Rule Add(ChaosRuleDefinition definition)
    {
        lock (sync)
        {
            var rule = new Rule(++lastId, definition.Copy());
            rules = rules.Add(rule);
            return rule;
        }
    }

    private bool Remove(int id)
    {
        lock (sync)
        {
            var before = rules;
            rules = rules.RemoveAll(r => r.Id == id);
            return rules.Count != before.Count;
        }
    }

    /// <summary>A rule with its counters, which concurrent requests change without a lock.</summary>
    private sealed class Rule(int id, ChaosRuleDefinition definition)
    {
        private int remaining = definition.Times ?? -1;
        private long hits;

        public int Id { get; } = id;

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
