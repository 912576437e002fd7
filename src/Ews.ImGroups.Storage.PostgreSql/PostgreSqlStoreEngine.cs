using Ews.ImGroups.Storage.Tenants;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ews.ImGroups.Storage.PostgreSql;

/// <summary>
/// PostgreSQL locks what it changes: a writer of a mailbox holds its row, a reset holds the mailbox table against
/// every writer (readers go on), and starting replicas take turns on an advisory lock.
/// </summary>
internal sealed class PostgreSqlStoreEngine(NpgsqlDataSource dataSource) : StoreEngine
{
    /// <summary>The advisory lock key of initialization: any number, fixed for good, that nothing else here uses.</summary>
    private const long InitializationLock = 0x4577_7349_6D47_7270;

    /// <summary>
    /// Restarts the identity sequences found by name. ALTER SEQUENCE is transactional, so a reset that fails keeps the
    /// old numbering, and it locks only the sequences, so readers of the tables do not wait.
    /// </summary>
    private const string RestartNumberingSql =
        "DO $$ BEGIN " +
        "EXECUTE 'ALTER SEQUENCE ' || pg_get_serial_sequence('\"Groups\"', 'Id') || ' RESTART'; " +
        "EXECUTE 'ALTER SEQUENCE ' || pg_get_serial_sequence('\"Contacts\"', 'Id') || ' RESTART'; " +
        "EXECUTE 'ALTER SEQUENCE ' || pg_get_serial_sequence('\"DirectoryGroups\"', 'Id') || ' RESTART'; " +
        "END $$";

    /// <summary>
    /// Held on a connection of its own for the whole initialization; a session lock, so a crashed replica's ends with
    /// its connection.
    /// </summary>
    public override async ValueTask<IAsyncDisposable> LockInitializationAsync(CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock($1)", connection);
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = InitializationLock });
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new AdvisoryLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>The writers of a mailbox hold its row, as the EWS writer's revision bump does.</summary>
    public override Task LockMailboxAsync(ImGroupsDbContext db, string smtpAddress, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT 1 FROM \"Mailboxes\" WHERE \"SmtpAddress\" = {smtpAddress} AND \"Tenant\" = {TenantScope.Current} FOR UPDATE", cancellationToken);

    /// <summary>Conflicts with the row locks writers take, not with reads.</summary>
    public override Task LockStoreAsync(ImGroupsDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("LOCK TABLE \"Mailboxes\" IN EXCLUSIVE MODE", cancellationToken);

    /// <summary>Makers of tenants take turns on the tenants' table, so no two count it at once; reads of keys go on.</summary>
    public override Task LockTenantsAsync(ImGroupsDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("LOCK TABLE \"Tenants\" IN EXCLUSIVE MODE", cancellationToken);

    public override Task RestartNumberingAsync(ImGroupsDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(RestartNumberingSql, cancellationToken);

    private sealed class AdvisoryLock(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection);
                command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = InitializationLock });
                await command.ExecuteNonQueryAsync(CancellationToken.None);
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
