namespace Ews.ImGroups.Storage;

/// <summary>
/// Lets one writer at a time into the database from this process. SQLite allows a single writer anyway; queueing
/// here is cheaper than letting transactions spin on a busy database.
/// </summary>
public sealed class WriteGate : IDisposable
{
    private readonly SemaphoreSlim semaphore = new(1, 1);

    public async ValueTask<Slot> EnterAsync(CancellationToken cancellationToken)
    {
        await semaphore.WaitAsync(cancellationToken);
        return new Slot(semaphore);
    }

    public void Dispose() => semaphore.Dispose();

    public readonly struct Slot(SemaphoreSlim owner) : IDisposable
    {
        public void Dispose() => owner.Release();
    }
}
