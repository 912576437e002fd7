namespace Ews.ImGroups.Storage.PostgreSql.Coordination;

/// <summary>The tables replicas share besides the EF Core model's, made by the <c>ReplicaCoordination</c> migration.</summary>
public static class CoordinationTables
{
    public const string Journal = "JournalEntries";
    public const string ChaosRules = "ChaosRules";
    public const string AccountChanges = "AccountChanges";

    public static IReadOnlyList<string> All { get; } = [Journal, ChaosRules, AccountChanges];
}
