using Npgsql;
using NpgsqlTypes;

namespace Ews.ImGroups.Storage.PostgreSql.Coordination;

/// <summary>
/// What the control API changed of the configured accounts, for every replica: an address with a hash is set (added or
/// given a new password), one without is removed. A reset empties the table, bringing back configuration's accounts.
/// </summary>
public sealed class SharedAccounts(NpgsqlDataSource database)
{
    /// <summary>The change made to an account: null hash when it was removed.</summary>
    public sealed record Change(string? PasswordHash, bool MayImpersonate);

    public async Task<Change?> FindAsync(string smtpAddress, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            "SELECT \"PasswordHash\", \"MayImpersonate\" FROM \"AccountChanges\" WHERE \"SmtpAddress\" = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = smtpAddress });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new Change(reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetBoolean(1))
            : null;
    }

    public Task SetAsync(string smtpAddress, string passwordHash, bool mayImpersonate, CancellationToken cancellationToken) =>
        UpsertAsync(smtpAddress, passwordHash, mayImpersonate, cancellationToken);

    public Task RemoveAsync(string smtpAddress, CancellationToken cancellationToken) =>
        UpsertAsync(smtpAddress, null, false, cancellationToken);

    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("DELETE FROM \"AccountChanges\"");
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task UpsertAsync(string smtpAddress, string? passwordHash, bool mayImpersonate, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            "INSERT INTO \"AccountChanges\" (\"SmtpAddress\", \"PasswordHash\", \"MayImpersonate\") VALUES ($1, $2, $3) " +
            "ON CONFLICT (\"SmtpAddress\") DO UPDATE SET \"PasswordHash\" = EXCLUDED.\"PasswordHash\", \"MayImpersonate\" = EXCLUDED.\"MayImpersonate\"");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = smtpAddress });
        command.Parameters.Add(new NpgsqlParameter { Value = passwordHash ?? (object)DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = mayImpersonate });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
