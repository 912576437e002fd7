using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Ews.ImGroups.Storage;

/// <summary>
/// Sets what SQLite keeps per connection rather than in the file. In WAL mode, <c>synchronous=NORMAL</c> syncs at
/// checkpoints instead of at every commit: a committed transaction survives the process being killed (only an
/// operating-system crash or power loss can take back the last ones), and commits no longer wait for the disk.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    internal const string PerConnection = "PRAGMA synchronous=NORMAL;";

    /// <summary>
    /// The native connections already set up: pooled connections keep their settings, so each is set once rather than
    /// at every open.
    /// </summary>
    private static readonly ConditionalWeakTable<sqlite3, object> Configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = PerConnection;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsNew(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = PerConnection;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static bool IsNew(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && Configured.TryAdd(handle, Configured);
}
