using System.Collections.Immutable;
using Ews.ImGroups.Host.Common;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Chaos;

/// <summary>A rule in force: its definition, its id, and how many more requests it may affect.</summary>
public sealed class ActiveChaosRule(int id, ChaosRuleDefinition definition)
{
    private int remaining = definition.Times ?? -1;
    private long hits;

    public int Id { get; } = id;

    public ChaosRuleDefinition Definition { get; } = definition;

    /// <summary>Requests it may still affect; null when it has no end.</summary>
    public int? Remaining => Definition.Times is null ? null : Math.Max(0, Volatile.Read(ref remaining));

    public long Hits => Interlocked.Read(ref hits);

    public string Describe() => $"chaos rule {Id}: {Definition.Effect}";

    /// <summary>Takes one use of a counted rule; false once it is used up, so concurrent requests never overshoot.</summary>
    internal bool TryUse()
    {
        if (Definition.Times is not null && Interlocked.Decrement(ref remaining) < 0)
        {
            return false;
        }

        Interlocked.Increment(ref hits);
        return true;
    }
}

/// <summary>The chaos rules in force, from configuration and the control API, in the order they were added.</summary>
public sealed class ChaosRules
{
    private readonly Lock sync = new();
    private readonly ChangeFeed changes;
    private ImmutableList<ActiveChaosRule> rules = [];
    private int lastId;

    public ChaosRules(IOptions<ChaosOptions> options, ChangeFeed changes)
    {
        this.changes = changes;
        foreach (var rule in options.Value.Rules)
        {
            Add(rule);
        }
    }

    public IReadOnlyList<ActiveChaosRule> All => Volatile.Read(ref rules);

    public ActiveChaosRule Add(ChaosRuleDefinition definition)
    {
        ActiveChaosRule rule;
        lock (sync)
        {
            rule = new ActiveChaosRule(++lastId, definition.Copy());
            rules = rules.Add(rule);
        }

        changes.Notify();
        return rule;
    }

    public bool Remove(int id)
    {
        bool removed;
        lock (sync)
        {
            var before = rules;
            rules = rules.RemoveAll(r => r.Id == id);
            removed = rules.Count != before.Count;
        }

        if (removed)
        {
            changes.Notify();
        }

        return removed;
    }

    public void Clear()
    {
        lock (sync)
        {
            rules = [];
        }

        changes.Notify();
    }

    /// <summary>
    /// The rules that affect this request: every matching latency rule, then the first matching rule that answers.
    /// Only those roll their chance and take a use, so a rule never spends a use on a request it did not affect;
    /// used-up rules leave the list.
    /// </summary>
    public IReadOnlyList<ActiveChaosRule> Draw(string operation, string mailbox)
    {
        var current = Volatile.Read(ref rules);
        if (current.IsEmpty)
        {
            return [];
        }

        List<ActiveChaosRule>? drawn = null;
        var answered = false;
        foreach (var rule in current)
        {
            var definition = rule.Definition;
            var answers = definition.Effect != ChaosEffect.Latency;
            if ((answers && answered)
                || (definition.Operation is not null && !string.Equals(definition.Operation, operation, StringComparison.OrdinalIgnoreCase))
                || (definition.Mailbox is not null && !string.Equals(definition.Mailbox, mailbox, StringComparison.OrdinalIgnoreCase))
                || (definition.Probability < 1 && Random.Shared.NextDouble() >= definition.Probability)
                || !rule.TryUse())
            {
                continue;
            }

            answered |= answers;
            (drawn ??= []).Add(rule);
            if (rule.Remaining == 0)
            {
                Remove(rule.Id);
            }
        }

        // Delays first, then the answer, whatever order the rules were added in.
        return drawn?.OrderBy(r => r.Definition.Effect != ChaosEffect.Latency).ToList() ?? [];
    }
}
