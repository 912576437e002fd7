using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Mailboxes;
using Ews.ImGroups.Storage.Entities;
using Ews.ImGroups.Storage.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Ews.ImGroups.Storage.PostgreSql;

/// <summary>
/// Mailbox lookups, in the current tenant's world (<see cref="TenantScope"/>), on a database other replicas change
/// too: another replica may delete a mailbox or create it again under a new number at any time, so nothing is
/// remembered and each lookup asks the database (a statement the data source keeps prepared). Two replicas creating
/// one address at once meet at the unique index; the loser reads the winner's mailbox.
/// </summary>
internal sealed class PostgreSqlMailboxDirectory(NpgsqlDataSource dataSource, IDbContextFactory<ImGroupsDbContext> contexts) : IMailboxDirectory
{
    private const string MailboxColumns = "\"Id\", \"SmtpAddress\", \"Sid\", \"DisplayName\"";

    private const string BySmtpSql = $"SELECT {MailboxColumns} FROM \"Mailboxes\" WHERE \"SmtpAddress\" = $1 AND \"Tenant\" = $2";

    private const string BySidSql = $"SELECT {MailboxColumns} FROM \"Mailboxes\" WHERE \"Sid\" = $1 AND \"Tenant\" = $2";

    private const string CountSql = "SELECT count(*) FROM \"Mailboxes\"";

    /// <summary>
    /// The advisory lock key creations under a limit take turns on, so replicas counting at once cannot all see room for
    /// one more: any number, fixed for good, that nothing else here uses.
    /// </summary>
    private const long LimitedCreationLock = 0x4557_534D_4158_4D42;

    private const string DistributionGroupSql =
        "SELECT \"SmtpAddress\", \"DisplayName\" FROM \"DirectoryGroups\" WHERE \"SmtpAddress\" = $1 AND \"Tenant\" = $2";

    public async Task<Mailbox> GetOrCreateAsync(string smtpAddress, CancellationToken cancellationToken) =>
        await FindAsync(BySmtpSql, smtpAddress, cancellationToken) ?? (await CreateAsync(smtpAddress, maxMailboxes: null, cancellationToken))!;

    public async Task<Mailbox?> GetOrCreateWithinAsync(string smtpAddress, int maxMailboxes, CancellationToken cancellationToken) =>
        await FindAsync(BySmtpSql, smtpAddress, cancellationToken) ?? await CreateAsync(smtpAddress, maxMailboxes, cancellationToken);

    public Task<Mailbox?> FindBySidAsync(string sid, CancellationToken cancellationToken) => FindAsync(BySidSql, sid, cancellationToken);

    public async Task<DirectoryGroup?> FindDistributionGroupAsync(string smtpAddress, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(DistributionGroupSql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = smtpAddress });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = TenantScope.Current });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new DirectoryGroup(reader.GetString(0), reader.GetString(1)) : null;
    }

    private async Task<Mailbox?> FindAsync(string sql, string key, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = TenantScope.Current });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new Mailbox(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3))
            : null;
    }

    /// <summary>
    /// Creates the mailbox with its system groups in one transaction; whoever commits first made it. Under a limit the
    /// transaction first waits its turn on an advisory lock, then counts: null when the store is full.
    /// </summary>
    private async Task<Mailbox?> CreateAsync(string smtpAddress, int? maxMailboxes, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (maxMailboxes is { } max && await CountWithinLockAsync(db, cancellationToken) >= max)
            {
                return null;
            }

            var row = new MailboxRow { SmtpAddress = smtpAddress, Sid = SecurityIdentifiers.NewAccountSid() };
            await MailboxProvisioning.AddAsync(db, row, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Mailbox(row.Id, row.SmtpAddress, row.Sid, row.DisplayName);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            return await FindAsync(BySmtpSql, smtpAddress, cancellationToken)
                ?? throw new InvalidOperationException($"Mailbox '{smtpAddress}' could be neither created nor found.", e);
        }
    }

    private static async Task<long> CountWithinLockAsync(ImGroupsDbContext db, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var transaction = (NpgsqlTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock($1)", connection, transaction))
        {
            lockCommand.Parameters.Add(new NpgsqlParameter<long> { TypedValue = LimitedCreationLock });
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var count = new NpgsqlCommand(CountSql, connection, transaction);
        return (long)(await count.ExecuteScalarAsync(cancellationToken))!;
    }
}
