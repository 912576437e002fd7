namespace Ews.ImGroups.Storage;

/// <summary>
/// What the database engines differ in around the code they share: how the writers and initializations of other
/// processes are held off, and how numbering restarts. Every method that takes a context runs inside its write.
/// </summary>
internal abstract class StoreEngine
{
    /// <summary>Holds off other processes' initializations of the same store until the result is disposed.</summary>
    public abstract ValueTask<IAsyncDisposable> LockInitializationAsync(CancellationToken cancellationToken);

    /// <summary>Waits for, then holds off until the write ends, every other writer of the mailbox with this address.</summary>
    public abstract Task LockMailboxAsync(ImGroupsDbContext db, string smtpAddress, CancellationToken cancellationToken);

    /// <summary>Waits for, then holds off until the write ends, every other writer of the store.</summary>
    public abstract Task LockStoreAsync(ImGroupsDbContext db, CancellationToken cancellationToken);

    /// <summary>Waits for, then holds off until the write ends, every other process making a tenant; readers go on.</summary>
    public abstract Task LockTenantsAsync(ImGroupsDbContext db, CancellationToken cancellationToken);

    /// <summary>Starts watching the store opened at start-up, so <see cref="WriteProblem"/> can tell whether it is still there.</summary>
    public virtual void Watch()
    {
    }

    /// <summary>
    /// Why the store cannot take writes now (deleted, replaced, read-only or short of room), or null when it can or the engine cannot
    /// tell. Checks that cost more may be reused for a moment unless <paramref name="fresh"/> asks otherwise.
    /// </summary>
    public virtual string? WriteProblem(bool fresh) => null;

    /// <summary>Makes the emptied Groups, Contacts and DirectoryGroups number their next rows as a fresh store does.</summary>
    public abstract Task RestartNumberingAsync(ImGroupsDbContext db, CancellationToken cancellationToken);
}
