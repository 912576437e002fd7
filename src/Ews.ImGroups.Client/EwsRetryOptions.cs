namespace Ews.ImGroups.Client;

/// <summary>
/// How a request refused with <c>ErrorServerBusy</c> is tried again: after the answer's <c>BackOffMilliseconds</c>
/// (or <see cref="DefaultBackOff"/> when it names none), up to <see cref="MaxAttempts"/> times in all. A back-off
/// longer than <see cref="MaxBackOff"/> is not waited for: the error is thrown at once. Exchange refuses such a request
/// before running it, so trying it again cannot apply it twice.
/// </summary>
public sealed class EwsRetryOptions
{
    /// <summary>Attempts in all, the first one included.</summary>
    public int MaxAttempts { get; init; } = 3;

    public TimeSpan DefaultBackOff { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackOff { get; init; } = TimeSpan.FromMinutes(1);

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxAttempts, 1, nameof(MaxAttempts));
        ArgumentOutOfRangeException.ThrowIfLessThan(DefaultBackOff, TimeSpan.Zero, nameof(DefaultBackOff));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBackOff, TimeSpan.Zero, nameof(MaxBackOff));
    }
}
