using Ews.ImGroups.Host.Chaos;
using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Host.Identity;
using Ews.ImGroups.Host.Journal;
using Ews.ImGroups.Storage.PostgreSql.Coordination;

namespace Ews.ImGroups.Host.Storage.Replicas;

/// <summary>
/// On a store that replicas share, everything a tester observes besides the lists lives there too: the journal, the
/// chaos rules, the accounts changed through the control API, and the changes the dashboard's live view follows.
/// Registered before the areas that would otherwise keep them in memory.
/// </summary>
internal static class SharedStateSetup
{
    public static IServiceCollection AddSharedState(this IServiceCollection services)
    {
        services.AddSingleton<SharedJournal>();
        services.AddSingleton<SharedChaosRules>();
        services.AddSingleton<SharedAccounts>();
        services.AddSingleton<SharedChanges>();
        services.AddSingleton<SharedChaosRuleStore>();
        services.AddSingleton<IJournalEntries, SharedJournalEntries>();
        services.AddSingleton<IChaosRuleStore>(sp => sp.GetRequiredService<SharedChaosRuleStore>());
        services.AddSingleton<IAccountChanges, SharedAccountChanges>();
        services.AddSingleton<IChangeBroadcast, SharedChangeBroadcast>();
        return services;
    }
}
