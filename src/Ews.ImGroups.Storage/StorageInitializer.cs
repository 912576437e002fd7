using Ews.ImGroups.Domain.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Ews.ImGroups.Storage;

/// <summary>
/// Brings the database to this build's schema, loads the id key and the seed, once, before the server takes requests.
/// </summary>
public sealed class StorageInitializer(IDbContextFactory<ImGroupsDbContext> contexts, WriteGate gate, IdKeyProvider idKeys)
{
    public async Task<IReadOnlyList<SeededContact>> InitializeAsync(SeedDocument? seed, CancellationToken cancellationToken)
    {
        // A seed's id key becomes the store's for good, so a seed is checked before anything is written.
        if (seed is not null)
        {
            SeedLoader.Validate(seed);
        }

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await RefuseUnknownMigrationsAsync(db, cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
            if (db.Database.IsSqlite())
            {
                // WAL lets readers run beside the single writer and survives a killed process; the mode is kept in the file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            await idKeys.LoadAsync(db, seed?.IdKey, cancellationToken);
        }

        return seed is null ? [] : await SeedLoader.ApplyAsync(gate, contexts, seed, cancellationToken);
    }

    /// <summary>Whether the store answers and has every migration this build knows.</summary>
    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.CanConnectAsync(cancellationToken)
            && !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();
    }

    /// <summary>A store written by a newer build has a schema this build cannot know; using it could lose data.</summary>
    private static async Task RefuseUnknownMigrationsAsync(ImGroupsDbContext db, CancellationToken cancellationToken)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"The store has migrations this build does not know ({string.Join(", ", unknown)}); it was written by a newer version. " +
                "Start that version, or point this one at another store.");
        }
    }
}
