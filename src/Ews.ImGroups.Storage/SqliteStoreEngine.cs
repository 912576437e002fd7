using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace Ews.ImGroups.Storage;

/// <summary>
/// SQLite has one writer at a time: a write's IMMEDIATE transaction already holds the whole database, so nothing more
/// is locked. Processes sharing a file meet at that lock, initializations included. The file opened at start-up is
/// watched: SQLite keeps writing to a deleted or replaced file, and those writes would be gone at the next start. Its
/// volume is watched too: below <c>minimumFreeBytes</c> free, writes are refused before SQLite runs out of room halfway
/// through one, and readiness says so until room is back.
/// </summary>
internal sealed class SqliteStoreEngine(string connectionString, long minimumFreeBytes = 0, StoreVolume? volume = null) : StoreEngine, IDisposable
{
    private const string RestartNumbering = "DELETE FROM sqlite_sequence WHERE name IN ('Groups', 'Contacts', 'DirectoryGroups');";

    /// <summary>How long a writability check holds for writes; readiness always checks afresh.</summary>
    private const long WritableCheckMilliseconds = 1000;

    private readonly string? path = FileOf(connectionString);
    private readonly Lock watching = new();
    private FileStream? opened;
    private string? unwritable;
    /// <summary>When, in <see cref="Environment.TickCount64"/>, writers next check afresh; 0, so the first one does.</summary>
    private long writableCheckDue;

    public override ValueTask<IAsyncDisposable> LockInitializationAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IAsyncDisposable>(NothingHeld.Instance);

    public override Task LockMailboxAsync(ImGroupsDbContext db, string smtpAddress, CancellationToken cancellationToken) => Task.CompletedTask;

    public override Task LockStoreAsync(ImGroupsDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    public override Task LockTenantsAsync(ImGroupsDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>SQLite numbers an AUTOINCREMENT table from its sqlite_sequence row; without one, from 1.</summary>
    public override Task RestartNumberingAsync(ImGroupsDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(RestartNumbering, cancellationToken);

    /// <summary>
    /// Keeps a handle on the file: it goes on naming the file opened now even after the path is deleted or replaced.
    /// The handle is only ever closed when the server ends, since closing a handle on the file would drop SQLite's own
    /// locks on it.
    /// </summary>
    public override void Watch()
    {
        if (path is null)
        {
            return;
        }

        lock (watching)
        {
            opened ??= new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
    }

    public override string? WriteProblem(bool fresh)
    {
        if (opened is null)
        {
            return null;
        }

        if (Moved() is { } moved)
        {
            return moved;
        }

        var now = Environment.TickCount64;
        if (fresh || now >= Volatile.Read(ref writableCheckDue))
        {
            Volatile.Write(ref unwritable, Cramped() ?? Unwritable());
            Volatile.Write(ref writableCheckDue, now + WritableCheckMilliseconds);
        }

        return Volatile.Read(ref unwritable);
    }

    public void Dispose() => opened?.Dispose();

    private string? Moved()
    {
        if (!File.Exists(path))
        {
            return $"The store file {path} was deleted while the server ran.";
        }

        // On Linux the open handle's link names where the opened file is now, "(deleted)" once its name is gone; other
        // systems only learn of a deleted file.
        if (OperatingSystem.IsLinux()
            && new FileInfo($"/proc/self/fd/{opened!.SafeFileHandle.DangerousGetHandle()}").LinkTarget is { } target
            && !string.Equals(target, path, StringComparison.Ordinal))
        {
            return $"The store file {path} is no longer the file the server opened: it was replaced or moved.";
        }

        return null;
    }

    private string? Cramped()
    {
        if (minimumFreeBytes == 0)
        {
            return null;
        }

        // A volume that cannot be measured is not held against the store.
        var free = (volume ?? StoreVolume.System).FreeBytes(Path.GetDirectoryName(path)!);
        return free < minimumFreeBytes
            ? $"The volume of the store file {path} has {free} bytes free, less than the {minimumFreeBytes} the server keeps free."
            : null;
    }

    /// <summary>
    /// Opens the file afresh as a new connection would, without creating it: SQLite opens a write-protected file read-only.
    /// </summary>
    private string? Unwritable()
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString)
            {
                Mode = SqliteOpenMode.ReadWrite,
                Pooling = false,
            }.ToString());
            connection.Open();
            return raw.sqlite3_db_readonly(connection.Handle, "main") == 1 ? $"The store file {path} is read-only." : null;
        }
        catch (SqliteException e)
        {
            return $"The store file {path} cannot be opened ({e.Message}).";
        }
    }

    private static string? FileOf(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:" ? null : Path.GetFullPath(builder.DataSource);
    }

    private sealed class NothingHeld : IAsyncDisposable
    {
        public static readonly NothingHeld Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
