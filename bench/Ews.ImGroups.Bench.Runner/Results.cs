using System.Text.Json.Serialization;

namespace Ews.ImGroups.Bench.Runner;

/// <summary>
/// The goals the figures are held against, for a 2-core machine. They are printed next to the figures as pass or miss
/// marks; nothing fails because of them.
/// </summary>
public static class Targets
{
    public const double AddImGroupRatio = 0.5;
    public const double AddImGroupCpuMilliseconds = 0.15;

    /// <summary>For AddNewImContactToGroup and SetImGroup.</summary>
    public const double ChangeRatio = 0.4;
    public const double SmallListRatio = 0.6;
    public const double SmallListCpuMilliseconds = 0.1;
    public const double LargeListCpuMilliseconds = 4;

    /// <summary>At the full concurrency.</summary>
    public const double LargeListP50Milliseconds = 60;
    public const double LargeListOneClientP50Milliseconds = 5;

    /// <summary>Over the scenarios, and for the seeded store under load.</summary>
    public const double PeakMegabytes = 200;
    public const double StartMilliseconds = 1000;

    /// <summary>
    /// On PostgreSQL with one server, the server's CPU time a request for AddImGroup and the small GetImItemList, at
    /// most this many times SQLite's.
    /// </summary>
    public const double PostgresCpuRatio = 2;
}

/// <summary>A goal in words and whether the run met it.</summary>
public sealed record Check(string Goal, bool Met);

/// <param name="ServerCpuMilliseconds">CPU time (user and system) the server spent per request in the measured run.</param>
/// <param name="AllocatedKilobytes">Kilobytes (1,024 bytes) the server's process allocated per request in the measured run.</param>
/// <param name="BodiesChecked">Whether 200 answers were looked into for EWS errors (for changes; reads have none).</param>
/// <param name="DatabaseCpuMilliseconds">CPU time PostgreSQL's processes spent per request; none for SQLite, which runs inside the server.</param>
public sealed record ScenarioResult(
    string Key,
    string Title,
    WrkResult Figures,
    double ServerCpuMilliseconds,
    double AllocatedKilobytes,
    bool BodiesChecked,
    double RatioToBaseline,
    Check? Check,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? DatabaseCpuMilliseconds = null);

/// <param name="AllocatedKilobytes">As in <see cref="ScenarioResult"/>.</param>
/// <param name="DatabaseCpuMilliseconds">As in <see cref="ScenarioResult"/>.</param>
public sealed record GrowthResult(
    int Personas,
    int Connections,
    WrkResult Figures,
    double ServerCpuMilliseconds,
    double AllocatedKilobytes,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? DatabaseCpuMilliseconds = null);

/// <summary>Resident memory (VmRSS, and VmHWM for peaks) in bytes; with replicas, of the replica with the highest peak.</summary>
public sealed record MemoryResult(
    long BaselinePeakBytes,
    long ScenarioPeakBytes,
    long IdleBytes,
    long SeededBytes,
    long SeededPeakBytes,
    double SeedingSeconds,
    string Seeded,
    Check ScenarioCheck,
    Check SeededCheck);

public sealed record StartResult(IReadOnlyList<double> Milliseconds, double MedianMilliseconds, Check Check);

public sealed record Settings(string Duration, string Warmup, string GrowthDuration, int Connections, int Threads, string Timeout);

public sealed record MachineInfo(int Cores, string Os, string Runtime, string Wrk);

/// <param name="Start">Measured with one server only: replicas start the same way.</param>
public sealed record BenchReport(
    DateTimeOffset Finished,
    MachineInfo Machine,
    Settings Settings,
    ScenarioResult Baseline,
    IReadOnlyList<ScenarioResult> Scenarios,
    IReadOnlyList<GrowthResult> Growth,
    MemoryResult Memory,
    StartResult? Start,
    Check LargeListOneClient);

/// <summary>The same scenarios on SQLite and on PostgreSQL, with one server and with replicas behind nginx.</summary>
public sealed record StoreComparison(string PostgresVersion, BenchReport Sqlite, IReadOnlyList<PostgresRun> PostgreSql, IReadOnlyList<CpuComparison> Goals)
{
    /// <summary>Scenarios whose server CPU on PostgreSQL with one server is held to SQLite's.</summary>
    private static readonly string[] GoalScenarios = ["add-im-group", "get-im-item-list-small"];

    public static StoreComparison Of(string postgresVersion, BenchReport sqlite, IReadOnlyList<PostgresRun> postgreSql)
    {
        var oneServer = postgreSql.Single(r => r.Replicas == 1).Report;
        var goals = GoalScenarios.Select(key => (Sqlite: sqlite.Scenarios.Single(s => s.Key == key), Postgres: oneServer.Scenarios.Single(s => s.Key == key)))
            .Select(pair => new CpuComparison(
                pair.Sqlite.Title,
                pair.Sqlite.ServerCpuMilliseconds,
                pair.Postgres.ServerCpuMilliseconds,
                pair.Postgres.DatabaseCpuMilliseconds ?? 0,
                new Check(
                    $"server CPU ≤ {Targets.PostgresCpuRatio}× SQLite's",
                    pair.Postgres.ServerCpuMilliseconds <= Targets.PostgresCpuRatio * pair.Sqlite.ServerCpuMilliseconds)))
            .ToArray();
        return new StoreComparison(postgresVersion, sqlite, postgreSql, goals);
    }
}

/// <summary>A run on PostgreSQL with this many servers on the one database.</summary>
public sealed record PostgresRun(int Replicas, BenchReport Report);

/// <summary>A scenario's CPU time a request on SQLite and on PostgreSQL with one server, held to <see cref="Targets.PostgresCpuRatio"/>.</summary>
public sealed record CpuComparison(
    string Title, double SqliteServerCpuMilliseconds, double PostgresServerCpuMilliseconds, double PostgresDatabaseCpuMilliseconds, Check Check);
