using Microsoft.EntityFrameworkCore;

namespace Ews.ImGroups.Storage;

/// <summary>
/// SQLite has one writer at a time: a write's IMMEDIATE transaction already holds the whole database, so nothing more
/// is locked. Processes sharing a file meet at that lock, initializations included.
/// </summary>
internal sealed class SqliteStoreEngine : StoreEngine
{
    private const string RestartNumbering = "DELETE FROM sqlite_sequence WHERE name IN ('Groups', 'Contacts', 'DirectoryGroups');";

    public override ValueTask<IAsyncDisposable> LockInitializationAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IAsyncDisposable>(NothingHeld.Instance);

    public override Task LockMailboxAsync(ImGroupsDbContext db, string smtpAddress, CancellationToken cancellationToken) => Task.CompletedTask;

    public override Task LockStoreAsync(ImGroupsDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>SQLite numbers an AUTOINCREMENT table from its sqlite_sequence row; without one, from 1.</summary>
    public override Task RestartNumberingAsync(ImGroupsDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(RestartNumbering, cancellationToken);

    private sealed class NothingHeld : IAsyncDisposable
    {
        public static readonly NothingHeld Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
