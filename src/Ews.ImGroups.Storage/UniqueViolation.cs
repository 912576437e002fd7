using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Ews.ImGroups.Storage;

/// <summary>Whether a failed statement broke a unique index or primary key, on any provider.</summary>
internal static class UniqueViolation
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    /// <summary>The SQL standard's state for a unique violation, which PostgreSQL reports.</summary>
    private const string UniqueViolationState = "23505";

    public static bool Is(DbUpdateException exception) => exception.InnerException is DbException inner && Is(inner);

    public static bool Is(DbException exception) => exception is SqliteException sqlite
        ? sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey
        : exception.SqlState == UniqueViolationState;
}
