using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Ews.ImGroups.Storage;

/// <summary>
/// Tells a store that cannot be reached (stopped, restarting, unreachable, out of connections) or cannot take writes
/// for now (read-only, full) from other failures.
/// </summary>
public static class StoreFailures
{
    /// <summary>SQLITE_READONLY: the file became write-protected under the server.</summary>
    private const int ReadOnly = 8;

    /// <summary>SQLITE_FULL: the disk (or the database's page limit) has no room for the write; the store can take writes again once it has.</summary>
    private const int Full = 13;

    /// <summary>
    /// Whether the exception, or one it wraps, says the database could not be reached or could not serve for now. The
    /// database driver's own judgement decides (<see cref="DbException.IsTransient"/>), so it holds for every provider.
    /// </summary>
    public static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException { IsTransient: true } or TimeoutException or StoreUnavailableException
                or SqliteException { SqliteErrorCode: ReadOnly or Full })
            {
                return true;
            }
        }

        return false;
    }
}
