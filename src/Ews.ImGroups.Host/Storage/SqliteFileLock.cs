using Ews.ImGroups.Storage;
using Microsoft.Data.Sqlite;

namespace Ews.ImGroups.Host.Storage;

/// <summary>
/// Holds an exclusive lock on <c>&lt;file&gt;.lock</c> beside the SQLite file for as long as the server runs, so a
/// second server on the same file refuses to start. Two servers on one file would each keep their own caches and
/// queue behind each other's write lock; several servers belong on a shared PostgreSQL store. The operating system
/// drops the lock when the process ends, however it ends, so a crash never leaves the file claimed.
/// </summary>
public sealed class SqliteFileLock(string connectionString) : IHostedService, IDisposable
{
    private FileStream? held;

    /// <summary>The lock file of a SQLite connection string, or null for an in-memory database.</summary>
    public static string? LockPathFor(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:"
            ? null
            : Path.GetFullPath(builder.DataSource) + ".lock";
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (LockPathFor(connectionString) is not { } path)
        {
            return Task.CompletedTask;
        }

        try
        {
            // FileShare.None takes an exclusive advisory lock on Unix and a sharing lock on Windows: either way no
            // other process can open the file the same way while this one holds it.
            held = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            var file = path[..^".lock".Length];
            throw new StoreRefusedException(
                $"The store {file} is in use by another server (it holds {path}). One SQLite file serves one server; " +
                "run several servers on one store with the PostgreSQL provider (Ews:Store:Provider=PostgreSql).", e);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => held?.Dispose();
}
