using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Storage.Tenants;

namespace Ews.ImGroups.Host.Chaos;

/// <summary>
/// The current tenant's chaos rules in force (<see cref="TenantScope"/>), from configuration and the control API, in
/// the order they were added.
/// </summary>
public sealed class ChaosRules(IChaosRuleStore store, ChangeFeed changes)
{
    public ValueTask<IReadOnlyList<ChaosRuleState>> ListAsync(CancellationToken cancellationToken) => store.ListAsync(TenantScope.Current, cancellationToken);

    public async Task<ChaosRuleState> AddAsync(ChaosRuleDefinition definition, CancellationToken cancellationToken)
    {
        var rule = await store.AddAsync(TenantScope.Current, definition, cancellationToken);
        changes.Notify();
        return rule;
    }

    public async Task<bool> RemoveAsync(int id, CancellationToken cancellationToken)
    {
        var removed = await store.RemoveAsync(TenantScope.Current, id, cancellationToken);
        if (removed)
        {
            changes.Notify();
        }

        return removed;
    }

    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        await store.ClearAsync(TenantScope.Current, cancellationToken);
        changes.Notify();
    }

    /// <summary>
    /// The rules that affect this request: every matching latency rule, then the first matching rule that answers.
    /// Only those roll their chance and take a use, so a rule never spends a use on a request it did not affect;
    /// used-up rules leave the list.
    /// </summary>
    public async ValueTask<IReadOnlyList<ChaosRuleState>> DrawAsync(string operation, string mailbox, CancellationToken cancellationToken)
    {
        var current = await store.ListAsync(TenantScope.Current, cancellationToken);
        if (current.Count == 0)
        {
            return [];
        }

        List<ChaosRuleState>? drawn = null;
        var answered = false;
        foreach (var rule in current)
        {
            var definition = rule.Definition;
            var answers = definition.Effect != ChaosEffect.Latency;
            if ((answers && answered)
                || (definition.Operation is not null && !string.Equals(definition.Operation, operation, StringComparison.OrdinalIgnoreCase))
                || (definition.Mailbox is not null && !string.Equals(definition.Mailbox, mailbox, StringComparison.OrdinalIgnoreCase))
                || (definition.Probability < 1 && Random.Shared.NextDouble() >= definition.Probability)
                || await store.TryUseAsync(rule.Id, cancellationToken) is not { } used)
            {
                continue;
            }

            answered |= answers;
            (drawn ??= []).Add(used);
            if (used.Remaining == 0)
            {
                changes.Notify();
            }
        }

        // Delays first, then the answer, whatever order the rules were added in.
        return drawn?.OrderBy(r => r.Definition.Effect != ChaosEffect.Latency).ToList() ?? [];
    }
}
