namespace Ews.ImGroups.Client.Tests.Infrastructure;

/// <summary>A clock whose timers fire at once and note how long they were asked to wait, so back-offs cost no time.</summary>
public sealed class WaitRecorder : TimeProvider
{
    public List<TimeSpan> Waits { get; } = [];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (Waits)
        {
            Waits.Add(dueTime);
        }

        return System.CreateTimer(callback, state, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }
}
