namespace Ews.ImGroups.Host.Common;

/// <summary>
/// Tells watchers (the dashboard's live view) that something they show has changed: a journal entry, a reset, a
/// chaos rule. Each change bumps a version; a watcher waits for the version it has seen to move on. When replicas
/// share a store, a change here is passed on to the others through <see cref="IChangeBroadcast"/>, and theirs come in
/// through <see cref="NotifyHere"/>.
/// </summary>
public sealed class ChangeFeed(IChangeBroadcast? broadcast = null)
{
    private TaskCompletionSource next = NewSignal();
    private long version;

    public long Version => Interlocked.Read(ref version);

    /// <summary>A change made by this process: its watchers and, when there are any, the other replicas' hear of it.</summary>
    public void Notify()
    {
        NotifyHere();
        broadcast?.Publish();
    }

    /// <summary>A change this process's watchers should see, such as one another replica made.</summary>
    public void NotifyHere()
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

/// <summary>Passes this process's changes on to the other replicas of a shared store.</summary>
public interface IChangeBroadcast
{
    /// <summary>Returns at once; the other replicas hear of the change shortly after.</summary>
    void Publish();
}
