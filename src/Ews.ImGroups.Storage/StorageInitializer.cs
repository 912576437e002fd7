using Ews.ImGroups.Storage.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Ews.ImGroups.Storage;

/// <summary>Brings the database to this build's schema and loads the seed, once, before the server takes requests.</summary>
public sealed class StorageInitializer(IDbContextFactory<ImGroupsDbContext> contexts)
{
    public async Task<IReadOnlyList<SeededContact>> InitializeAsync(SeedDocument? seed, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers run beside the single writer and survives a killed process; the mode is kept in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await IdKeys.EnsureAsync(db, seed?.IdKey, cancellationToken);
        return seed is null ? [] : await SeedLoader.ApplyAsync(db, seed, cancellationToken);
    }
}
