namespace Ews.ImGroups.Storage;

/// <summary>
/// Lets one writer at a time into the database from this process. SQLite allows a single writer anyway; queueing
/// here is cheaper than letting transactions spin on a busy database. A store that cannot take writes (see
/// <see cref="StoreEngine.WriteProblem"/>) refuses each writer at the gate, before anything could be acknowledged.
/// </summary>
public sealed class WriteGate : IDisposable
{
    private readonly SemaphoreSlim semaphore = new(1, 1);
    private readonly StoreEngine? engine;

    internal WriteGate(StoreEngine? engine = null) => this.engine = engine;

    public async ValueTask<Slot> EnterAsync(CancellationToken cancellationToken)
    {
        await semaphore.WaitAsync(cancellationToken);
        if (engine?.WriteProblem(fresh: false) is { } problem)
        {
            semaphore.Release();
            throw new StoreUnavailableException(problem);
        }

        return new Slot(semaphore);
    }

    public void Dispose() => semaphore.Dispose();

    public readonly struct Slot(SemaphoreSlim owner) : IDisposable
    {
        public void Dispose() => owner.Release();
    }
}
