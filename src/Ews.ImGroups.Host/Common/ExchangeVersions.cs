using System.Collections.Frozen;

namespace Ews.ImGroups.Host.Common;

/// <summary>The schema versions of <c>ExchangeVersionType</c>, oldest first, and how requests may name them.</summary>
public static class ExchangeVersions
{
    /// <summary>What Exchange assumes when a request has no RequestServerVersion header.</summary>
    public const string Oldest = "Exchange2007";

    /// <summary>The IM-list operations appeared in Exchange 2013.</summary>
    public const string Minimum = "Exchange2013";

    /// <summary>Every value of <c>t:ExchangeVersionType</c>, oldest first.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "Exchange2007", "Exchange2007_SP1", "Exchange2009", "Exchange2010", "Exchange2010_SP1", "Exchange2010_SP2",
        "Exchange2012", "Exchange2013", "Exchange2013_SP1", "Exchange2015", "Exchange2016",
        "V2015_10_05", "V2016_01_06", "V2016_04_13", "V2016_07_13", "V2016_10_10",
    ];

    private static readonly FrozenDictionary<string, int> Ranks =
        All.Select((version, rank) => (version, rank)).ToFrozenDictionary(p => p.version, p => p.rank, StringComparer.Ordinal);

    public static int MinimumRank { get; } = Ranks[Minimum];

    public static IEnumerable<string> Supported => All.Skip(MinimumRank);

    public static bool TryGetRank(string version, out int rank) => Ranks.TryGetValue(version, out rank);
}
