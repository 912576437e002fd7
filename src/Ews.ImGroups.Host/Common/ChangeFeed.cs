namespace Ews.ImGroups.Host.Common;

/// <summary>
/// Tells watchers (the dashboard's live view) that something they show has changed: a journal entry, a reset, a
/// chaos rule. Each change bumps a version; a watcher waits for the version it has seen to move on.
/// </summary>
public sealed class ChangeFeed
{
    private TaskCompletionSource next = NewSignal();
    private long version;

    public long Version => Interlocked.Read(ref version);

    public void Notify()
    {
        Interlocked.Increment(ref version);
        Interlocked.Exchange(ref next, NewSignal()).TrySetResult();
    }

    /// <summary>Completes once the version differs from <paramref name="seen"/>.</summary>
    public Task WaitAsync(long seen, CancellationToken cancellationToken)
    {
        var signal = Volatile.Read(ref next).Task;
        return Version != seen ? Task.CompletedTask : signal.WaitAsync(cancellationToken);
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
