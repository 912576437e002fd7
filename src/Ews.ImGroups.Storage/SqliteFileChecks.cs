using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ews.ImGroups.Storage;

/// <summary>
/// Refuses, before anything is written, a SQLite file this server must not use: one that is not a database (or is
/// damaged beyond opening), and another application's database, which would otherwise silently get this server's tables.
/// </summary>
internal static class SqliteFileChecks
{
    private const int Corrupt = 11;
    private const int NotADatabase = 26;

    /// <summary>Tables EF Core keeps for itself: the history that marks a store as this server's, and its migration lock.</summary>
    private static readonly string[] Bookkeeping = [HistoryRepository.DefaultTableName, "__EFMigrationsLock"];

    public static async Task RefuseForeignAsync(ImGroupsDbContext db, CancellationToken cancellationToken)
    {
        var tables = await db.Database
            .SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
            .ToListAsync(cancellationToken);
        if (tables.Count > 0 && !tables.Contains(HistoryRepository.DefaultTableName, StringComparer.Ordinal))
        {
            var foreign = tables.Where(t => !Bookkeeping.Contains(t, StringComparer.Ordinal)).Order(StringComparer.Ordinal);
            throw new StoreRefusedException(
                $"The store {FileOf(db)} is another application's database (it has the tables {string.Join(", ", foreign)} " +
                "and no migration history of this server); nothing was written to it. Point the server at a file of its own.");
        }
    }

    /// <summary>The refusal for a file SQLite cannot read as a database, or null when the failure is something else.</summary>
    public static StoreRefusedException? Unreadable(ImGroupsDbContext db, Exception exception) =>
        exception is SqliteException { SqliteErrorCode: NotADatabase or Corrupt }
            ? new StoreRefusedException(
                $"The store {FileOf(db)} is not a database this server can read ({exception.Message}). " +
                "Restore it from a backup, or move it aside so the server starts a new store.",
                exception)
            : null;

    private static string FileOf(ImGroupsDbContext db) =>
        Path.GetFullPath(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource);
}
