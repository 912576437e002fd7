using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Ews.ImGroups.Storage;

internal static class UniqueViolation
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    public static bool Is(DbUpdateException exception) => exception.InnerException is SqliteException sqlite && Is(sqlite);

    public static bool Is(SqliteException exception) =>
        exception.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey;
}
