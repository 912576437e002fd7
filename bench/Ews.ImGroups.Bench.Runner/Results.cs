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
}

/// <summary>A goal in words and whether the run met it.</summary>
public sealed record Check(string Goal, bool Met);

/// <param name="ServerCpuMilliseconds">CPU time (user and system) the server spent per request in the measured run.</param>
/// <param name="AllocatedKilobytes">Kilobytes (1,024 bytes) the server's process allocated per request in the measured run.</param>
/// <param name="BodiesChecked">Whether 200 answers were looked into for EWS errors (for changes; reads have none).</param>
public sealed record ScenarioResult(
    string Key,
    string Title,
    WrkResult Figures,
    double ServerCpuMilliseconds,
    double AllocatedKilobytes,
    bool BodiesChecked,
    double RatioToBaseline,
    Check? Check);

/// <param name="AllocatedKilobytes">As in <see cref="ScenarioResult"/>.</param>
public sealed record GrowthResult(int Personas, int Connections, WrkResult Figures, double ServerCpuMilliseconds, double AllocatedKilobytes);

/// <summary>Resident memory (VmRSS, and VmHWM for peaks) in bytes.</summary>
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

public sealed record BenchReport(
    DateTimeOffset Finished,
    MachineInfo Machine,
    Settings Settings,
    ScenarioResult Baseline,
    IReadOnlyList<ScenarioResult> Scenarios,
    IReadOnlyList<GrowthResult> Growth,
    MemoryResult Memory,
    StartResult Start,
    Check LargeListOneClient);
