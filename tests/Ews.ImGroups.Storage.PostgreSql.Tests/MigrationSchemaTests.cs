using Ews.ImGroups.Storage.Tests;
using Microsoft.EntityFrameworkCore;

namespace Ews.ImGroups.Storage.PostgreSql.Tests;

/// <summary>The PostgreSQL migrations build the model's schema: its tables, columns, identities and indexes, and nothing else.</summary>
public sealed class MigrationSchemaTests
{
    [Fact]
    public async Task A_migrated_database_has_exactly_the_tables_of_the_model()
    {
        await using var database = new TempDatabase();
        await using var services = await database.StartAsync();
        await using var db = await TempDatabase.OpenAsync(services);

        var tables = await ListAsync(database, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");

        tables.Should().BeEquivalentTo(db.Model.GetEntityTypes().Select(e => e.GetTableName()!).Append("__EFMigrationsHistory"));
    }

    [Fact]
    public async Task Every_column_has_the_models_type_nullability_and_identity()
    {
        await using var database = new TempDatabase();
        await using var services = await database.StartAsync();
        await using var db = await TempDatabase.OpenAsync(services);

        var columns = await ListAsync(
            database,
            "SELECT table_name || '.' || column_name || ' ' || format_type(a.atttypid, a.atttypmod) || ' ' || c.is_nullable || ' ' || c.is_identity " +
            "FROM information_schema.columns AS c " +
            "JOIN pg_attribute AS a ON a.attrelid = format('%I.%I', c.table_schema, c.table_name)::regclass AND a.attname = c.column_name " +
            "WHERE c.table_schema = 'public' AND c.table_name <> '__EFMigrationsHistory'");

        var wanted = db.Model.GetEntityTypes().SelectMany(entity => entity.GetProperties().Select(property =>
            $"{entity.GetTableName()}.{property.GetColumnName()} {property.GetColumnType()} {(property.IsNullable ? "YES" : "NO")} " +
            (property.ValueGenerated == Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.OnAdd ? "YES" : "NO")));
        columns.Should().BeEquivalentTo(wanted);
    }

    [Fact]
    public async Task Every_index_of_the_model_exists_with_its_columns_and_uniqueness()
    {
        await using var database = new TempDatabase();
        await using var services = await database.StartAsync();
        await using var db = await TempDatabase.OpenAsync(services);

        var indexes = await ListAsync(
            database,
            "SELECT t.relname || ' ' || i.relname || ' ' || CASE WHEN x.indisunique THEN 'unique' ELSE 'plain' END || ' ' || " +
            "(SELECT string_agg(a.attname, ',' ORDER BY k.ordinality) FROM unnest(x.indkey) WITH ORDINALITY AS k(attnum, ordinality) " +
            "JOIN pg_attribute AS a ON a.attrelid = t.oid AND a.attnum = k.attnum) " +
            "FROM pg_index AS x JOIN pg_class AS i ON i.oid = x.indexrelid JOIN pg_class AS t ON t.oid = x.indrelid " +
            "JOIN pg_namespace AS n ON n.oid = t.relnamespace " +
            "WHERE n.nspname = 'public' AND NOT x.indisprimary AND t.relname <> '__EFMigrationsHistory'");

        var wanted = db.Model.GetEntityTypes().SelectMany(entity => entity.GetIndexes().Select(index =>
            $"{entity.GetTableName()} {index.GetDatabaseName()} {(index.IsUnique ? "unique" : "plain")} " +
            string.Join(',', index.Properties.Select(p => p.GetColumnName()))));
        indexes.Should().BeEquivalentTo(wanted);
    }

    private static async Task<List<string>> ListAsync(TempDatabase database, string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
