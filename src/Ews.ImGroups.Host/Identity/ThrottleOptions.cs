namespace Ews.ImGroups.Host.Identity;

/// <summary>
/// The <c>Ews:Authentication:Throttle</c> section: how failed sign-ins slow a guesser down. Failures are counted per
/// account and per client address in a window that starts at the first failure.
/// </summary>
public sealed class ThrottleOptions
{
    /// <summary>Failed passwords for one user name within the window after which the name is locked until the window ends.</summary>
    public int MaxFailuresPerAccount { get; set; } = 10;

    /// <summary>Failed passwords or admin tokens from one client address within the window after which it is answered 429.</summary>
    public int MaxFailuresPerAddress { get; set; } = 50;

    public int WindowSeconds { get; set; } = 300;

    /// <summary>Password hashes checked at once; 0 takes one fewer than the processors, at least one.</summary>
    public int MaxConcurrentVerifications { get; set; }

    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);

    public int ConcurrentVerifications =>
        MaxConcurrentVerifications > 0 ? MaxConcurrentVerifications : Math.Max(1, Environment.ProcessorCount - 1);
}
