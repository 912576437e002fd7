using System.Globalization;
using System.Text.Json;
using Ews.ImGroups.Host.Tests.Infrastructure;
using Ews.ImGroups.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Host.Tests.Soap.Gate.HostileInput;

/// <summary>
/// Every row of every table the store's model maps, one line per row, in a fixed order: two snapshots are equal
/// exactly when the store holds the same data. It walks the model rather than naming tables, so a table added later is
/// covered without touching this class.
/// </summary>
public static class StoreSnapshot
{
    /// <summary>The tables a snapshot must at least cover; a model that lost one of them would make it meaningless.</summary>
    public static readonly string[] ExpectedTables = ["Contacts", "DirectoryGroups", "Groups", "Mailboxes", "Memberships"];

    public static async Task<IReadOnlyList<string>> TakeAsync(EwsServer server)
    {
        var contexts = server.Services.GetRequiredService<IDbContextFactory<ImGroupsDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var lines = new List<string>();
        foreach (var entity in db.Model.GetEntityTypes().OrderBy(e => e.GetTableName(), StringComparer.Ordinal))
        {
            var table = entity.GetTableName();
            var properties = entity.GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
            var key = entity.FindPrimaryKey()!.Properties;
            var rows = await RowsAsync(db, entity.ClrType);
            lines.Add($"table {table}: {rows.Count} rows");
            lines.AddRange(rows
                .Select(row => (Key: key.Select(p => db.Entry(row).Property(p.Name).CurrentValue).ToArray(), Row: row))
                .OrderBy(r => r.Key, KeyComparer.Instance)
                .Select(r => $"{table} " + string.Join(
                    ", ", properties.Select(p => $"{p.Name}={Format(db.Entry(r.Row).Property(p.Name).CurrentValue)}"))));
        }

        return lines;
    }

    /// <summary>The lines only one of two snapshots holds, marked - (before only) and + (after only).</summary>
    public static IReadOnlyList<string> Differences(IReadOnlyList<string> before, IReadOnlyList<string> after) =>
        before.Except(after, StringComparer.Ordinal).Select(l => "- " + l)
            .Concat(after.Except(before, StringComparer.Ordinal).Select(l => "+ " + l))
            .ToList();

    private static async Task<List<object>> RowsAsync(ImGroupsDbContext db, Type clrType)
    {
        var set = typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(clrType).Invoke(db, null)!;
        var rows = new List<object>();
        await foreach (var row in (IAsyncEnumerable<object>)set)
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Strings are JSON-quoted so control characters and trailing spaces show; everything else is invariant.</summary>
    private static string Format(object? value) => value switch
    {
        null => "null",
        string text => JsonSerializer.Serialize(text),
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    private sealed class KeyComparer : IComparer<object?[]>
    {
        public static readonly KeyComparer Instance = new();

        public int Compare(object?[]? x, object?[]? y)
        {
            for (var i = 0; i < Math.Min(x!.Length, y!.Length); i++)
            {
                var order = Comparer<object?>.Default.Compare(x[i], y[i]);
                if (order != 0)
                {
                    return order;
                }
            }

            return x.Length.CompareTo(y.Length);
        }
    }
}
