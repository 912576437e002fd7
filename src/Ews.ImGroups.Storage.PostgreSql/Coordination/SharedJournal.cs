using Npgsql;
using NpgsqlTypes;

namespace Ews.ImGroups.Storage.PostgreSql.Coordination;

/// <summary>
/// One journal entry as the shared table holds it; <see cref="RequestHeaders"/> is a JSON object, <see cref="Tenant"/>
/// the tenant whose journal shows it.
/// </summary>
public sealed record JournalRow(
    long Id,
    DateTimeOffset Time,
    string Replica,
    string? Mailbox,
    string Operation,
    string ResponseClass,
    string ResponseCode,
    int Status,
    double DurationMs,
    string? Injected,
    string RequestHeaders,
    byte[]? Request,
    byte[]? Response,
    bool Truncated,
    string Tenant);

/// <summary>Which of a tenant's rows to list, newest first; every condition given must hold, text compared without case.</summary>
public sealed record JournalRowFilter(string Tenant, string? Mailbox, string? Operation, string? ResponseCode, DateTimeOffset? Since, int Limit);

/// <summary>
/// The journal every replica writes to and reads from: a table bounded by count and age, trimmed as it is written.
/// </summary>
public sealed class SharedJournal(NpgsqlDataSource database)
{
    private const string Columns =
        "\"Id\", \"Time\", \"Replica\", \"Mailbox\", \"Operation\", \"ResponseClass\", \"ResponseCode\", \"Status\", \"DurationMs\", \"Injected\", \"RequestHeaders\"";

    private const string Insert =
        "INSERT INTO \"JournalEntries\" (\"Time\", \"Replica\", \"Mailbox\", \"Operation\", \"ResponseClass\", \"ResponseCode\", \"Status\", " +
        "\"DurationMs\", \"Injected\", \"RequestHeaders\", \"Request\", \"Response\", \"Truncated\", \"Tenant\") " +
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12, $13, $14)";

    private const string CountSql = "SELECT count(*)::int FROM \"JournalEntries\" WHERE \"Time\" >= $1";

    private const string TenantCountSql = "SELECT count(*)::int FROM \"JournalEntries\" WHERE \"Time\" >= $1 AND \"Tenant\" = $2";

    /// <summary>Drops what is too old, and what lies beyond the newest <c>$2</c> entries.</summary>
    private const string Trim =
        "DELETE FROM \"JournalEntries\" WHERE \"Time\" < $1 " +
        "OR \"Id\" <= (SELECT \"Id\" FROM \"JournalEntries\" ORDER BY \"Id\" DESC OFFSET $2 LIMIT 1)";

    /// <summary>Adds entries in one round trip and trims the table to its limits in the same transaction.</summary>
    public async Task AppendAsync(IReadOnlyList<JournalRow> rows, int maxEntries, DateTimeOffset oldest, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var row in rows)
        {
            var command = new NpgsqlBatchCommand(Insert);
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = row.Time });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = row.Replica });
            command.Parameters.Add(Text(row.Mailbox));
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = row.Operation });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = row.ResponseClass });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = row.ResponseCode });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = row.Status });
            command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = row.DurationMs });
            command.Parameters.Add(Text(row.Injected));
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = row.RequestHeaders });
            command.Parameters.Add(Bytes(row.Request));
            command.Parameters.Add(Bytes(row.Response));
            command.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = row.Truncated });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = row.Tenant });
            batch.BatchCommands.Add(command);
        }

        var trim = new NpgsqlBatchCommand(Trim);
        trim.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = oldest });
        trim.Parameters.Add(new NpgsqlParameter<int> { TypedValue = maxEntries });
        batch.BatchCommands.Add(trim);
        await batch.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Matching entries without their XML, newest first.</summary>
    public async Task<IReadOnlyList<JournalRow>> ListAsync(JournalRowFilter filter, DateTimeOffset oldest, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            $"SELECT {Columns}, NULL::bytea, NULL::bytea, \"Truncated\", \"Tenant\" FROM \"JournalEntries\" WHERE \"Time\" >= $1 AND \"Tenant\" = $7 " +
            "AND ($2::text IS NULL OR lower(\"Mailbox\") = lower($2)) " +
            "AND ($3::text IS NULL OR lower(\"Operation\") = lower($3)) " +
            "AND ($4::text IS NULL OR lower(\"ResponseCode\") = lower($4)) " +
            "AND ($5::timestamptz IS NULL OR \"Time\" >= $5) " +
            "ORDER BY \"Id\" DESC LIMIT $6");
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = oldest });
        command.Parameters.Add(Text(filter.Mailbox));
        command.Parameters.Add(Text(filter.Operation));
        command.Parameters.Add(Text(filter.ResponseCode));
        command.Parameters.Add(new NpgsqlParameter { Value = filter.Since is { } since ? since : DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = filter.Limit });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = filter.Tenant });
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<JournalRow?> FindAsync(string tenant, long id, DateTimeOffset oldest, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            $"SELECT {Columns}, \"Request\", \"Response\", \"Truncated\", \"Tenant\" FROM \"JournalEntries\" " +
            "WHERE \"Id\" = $1 AND \"Time\" >= $2 AND \"Tenant\" = $3");
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = oldest });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = tenant });
        var rows = await ReadAsync(command, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    public int Count(DateTimeOffset oldest)
    {
        using var command = database.CreateCommand(CountSql);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = oldest });
        return (int)command.ExecuteScalar()!;
    }

    public async Task<int> CountAsync(string tenant, DateTimeOffset oldest, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(TenantCountSql);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = oldest });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = tenant });
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task ClearAsync(string tenant, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("DELETE FROM \"JournalEntries\" WHERE \"Tenant\" = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = tenant });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<JournalRow>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<JournalRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new JournalRow(
                reader.GetInt64(0),
                reader.GetFieldValue<DateTimeOffset>(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetString(6),
                reader.GetInt32(7),
                reader.GetDouble(8),
                reader.IsDBNull(9) ? null : reader.GetString(9),
                reader.GetString(10),
                reader.IsDBNull(11) ? null : reader.GetFieldValue<byte[]>(11),
                reader.IsDBNull(12) ? null : reader.GetFieldValue<byte[]>(12),
                reader.GetBoolean(13),
                reader.GetString(14)));
        }

        return rows;
    }

    private static NpgsqlParameter Text(string? value) => new() { Value = value ?? (object)DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };

    private static NpgsqlParameter Bytes(byte[]? value) => new() { Value = value ?? (object)DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bytea };
}
