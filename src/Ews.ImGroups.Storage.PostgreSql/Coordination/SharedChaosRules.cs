using Npgsql;
using NpgsqlTypes;

namespace Ews.ImGroups.Storage.PostgreSql.Coordination;

/// <summary>A chaos rule as the shared table holds it; <see cref="Definition"/> is the rule's JSON.</summary>
public sealed record ChaosRuleRow(int Id, string Definition, int? Remaining, long Hits);

/// <summary>
/// The chaos rules every replica applies. A counted rule's uses are spent by one conditional statement, so however
/// many replicas draw it at once, it affects exactly as many requests as it was given. Each rule is one tenant's;
/// configured rules are the default tenant's.
/// </summary>
public sealed class SharedChaosRules(NpgsqlDataSource database)
{
    private const string Columns = "\"Id\", \"Definition\"::text, \"Remaining\", \"Hits\"";

    /// <summary>Names the lock under which a starting replica adds the configured rules, so two replicas add them once.</summary>
    private const long ConfiguredRulesLock = 0x4557_5343_4841_4F53;

    public async Task<IReadOnlyList<ChaosRuleRow>> ListAsync(string tenant, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand($"SELECT {Columns} FROM \"ChaosRules\" WHERE \"Tenant\" = $1 ORDER BY \"Id\"");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = tenant });
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<ChaosRuleRow> AddAsync(string tenant, string definition, int? times, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            $"INSERT INTO \"ChaosRules\" (\"Definition\", \"Remaining\", \"Configured\", \"Tenant\") VALUES ($1::jsonb, $2, FALSE, $3) RETURNING {Columns}");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = definition });
        command.Parameters.Add(Count(times));
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = tenant });
        return (await ReadAsync(command, cancellationToken))[0];
    }

    /// <summary>
    /// Adds the rules a replica is configured with, unless rules from configuration are already in force: replicas share
    /// one configuration, so the first to start adds them for all.
    /// </summary>
    public async Task AddConfiguredAsync(IReadOnlyList<(string Definition, int? Times)> rules, CancellationToken cancellationToken)
    {
        if (rules.Count == 0)
        {
            return;
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock($1)", connection, transaction))
        {
            lockCommand.Parameters.Add(new NpgsqlParameter<long> { TypedValue = ConfiguredRulesLock });
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var exists = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM \"ChaosRules\" WHERE \"Configured\")", connection, transaction))
        {
            if ((bool)(await exists.ExecuteScalarAsync(cancellationToken))!)
            {
                return;
            }
        }

        foreach (var (definition, times) in rules)
        {
            await using var insert = new NpgsqlCommand(
                "INSERT INTO \"ChaosRules\" (\"Definition\", \"Remaining\", \"Configured\") VALUES ($1::jsonb, $2, TRUE)", connection, transaction);
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = definition });
            insert.Parameters.Add(Count(times));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<bool> RemoveAsync(string tenant, int id, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("DELETE FROM \"ChaosRules\" WHERE \"Id\" = $1 AND \"Tenant\" = $2");
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = id });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = tenant });
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task ClearAsync(string tenant, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("DELETE FROM \"ChaosRules\" WHERE \"Tenant\" = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = tenant });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Spends one use of a rule; the rule as it stands after, or null when it is gone or used up (another replica took
    /// the last use). A rule whose last use this was leaves the table in the same statement.
    /// </summary>
    public async Task<ChaosRuleRow?> TryUseAsync(int id, CancellationToken cancellationToken)
    {
        // One batch is one transaction: the use and the removal of a used-up rule are seen together or not at all.
        await using var batch = database.CreateBatch();
        var use = new NpgsqlBatchCommand(
            "UPDATE \"ChaosRules\" SET \"Remaining\" = \"Remaining\" - 1, \"Hits\" = \"Hits\" + 1 " +
            $"WHERE \"Id\" = $1 AND (\"Remaining\" IS NULL OR \"Remaining\" > 0) RETURNING {Columns}");
        use.Parameters.Add(new NpgsqlParameter<int> { TypedValue = id });
        var removeUsedUp = new NpgsqlBatchCommand("DELETE FROM \"ChaosRules\" WHERE \"Id\" = $1 AND \"Remaining\" = 0");
        removeUsedUp.Parameters.Add(new NpgsqlParameter<int> { TypedValue = id });
        batch.BatchCommands.Add(use);
        batch.BatchCommands.Add(removeUsedUp);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new ChaosRuleRow(reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt32(2), reader.GetInt64(3))
            : null;
    }

    private static NpgsqlParameter Count(int? times) => new() { Value = times ?? (object)DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer };

    private static async Task<List<ChaosRuleRow>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<ChaosRuleRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new ChaosRuleRow(reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt32(2), reader.GetInt64(3)));
        }

        return rows;
    }
}
