using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Ews.ImGroups.Storage;

/// <summary>Tells a store that cannot be reached (stopped, restarting, unreachable, out of connections) from other failures.</summary>
public static class StoreFailures
{
    /// <summary>SQLITE_READONLY: the file became write-protected under the server.</summary>
    private const int ReadOnly = 8;

    /// <summary>
    /// Whether the exception, or one it wraps, says the database could not be reached or could not serve for now. The
    /// database driver's own judgement decides (<see cref="DbException.IsTransient"/>), so it holds for every provider.
    /// </summary>
    public static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException { IsTransient: true } or TimeoutException or StoreUnavailableException
                or SqliteException { SqliteErrorCode: ReadOnly })
            {
                return true;
            }
        }

        return false;
    }
}
