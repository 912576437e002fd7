using System.Data.Common;
using Ews.ImGroups.Domain.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Ews.ImGroups.Storage;

/// <summary>
/// Brings the database to this build's schema, loads the id key and the seed, once, before the server takes requests.
/// Processes starting together on one store take turns: each initializes while holding the engine's initialization lock.
/// </summary>
public sealed class StorageInitializer
{
    /// <summary>How long a readiness check waits for the database before calling the store unready.</summary>
    public static readonly TimeSpan ReadinessTimeout = TimeSpan.FromSeconds(3);

    private readonly IDbContextFactory<ImGroupsDbContext> contexts;
    private readonly WriteGate gate;
    private readonly IdKeyProvider idKeys;
    private readonly StoreEngine engine;

    internal StorageInitializer(IDbContextFactory<ImGroupsDbContext> contexts, WriteGate gate, IdKeyProvider idKeys, StoreEngine engine)
    {
        this.contexts = contexts;
        this.gate = gate;
        this.idKeys = idKeys;
        this.engine = engine;
    }

    public async Task<IReadOnlyList<SeededContact>> InitializeAsync(SeedDocument? seed, CancellationToken cancellationToken)
    {
        // A seed's id key becomes the store's for good, so a seed is checked before anything is written.
        if (seed is not null)
        {
            SeedLoader.Validate(seed);
        }

        await using (await engine.LockInitializationAsync(cancellationToken))
        {
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                try
                {
                    await MigrateAsync(db, cancellationToken);
                }
                catch (Exception e) when (db.Database.IsSqlite() && SqliteFileChecks.Unreadable(db, e) is { } refused)
                {
                    throw refused;
                }

                await idKeys.LoadAsync(db, seed?.IdKey, cancellationToken);
            }

            engine.Watch();

            return seed is null ? [] : await SeedLoader.ApplyAsync(gate, contexts, seed, cancellationToken);
        }
    }

    private static async Task MigrateAsync(ImGroupsDbContext db, CancellationToken cancellationToken)
    {
        var sqlite = db.Database.IsSqlite();
        if (sqlite)
        {
            await SqliteFileChecks.RefuseForeignAsync(db, cancellationToken);
        }

        await RefuseUnknownMigrationsAsync(db, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (sqlite)
        {
            // WAL lets readers run beside the single writer and survives a killed process; the mode is kept in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    /// <summary>
    /// Whether the store answers, can take writes (for SQLite: the file opened at start-up is still there, in place and
    /// writable, with room left on its volume) and has every migration this build knows; a database that does not answer within
    /// <see cref="ReadinessTimeout"/> counts as not answering, so a probe never hangs on it.
    /// </summary>
    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ReadinessTimeout);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(timeout.Token);
            return engine.WriteProblem(fresh: true) is null
                && await db.Database.CanConnectAsync(timeout.Token)
                && !(await db.Database.GetPendingMigrationsAsync(timeout.Token)).Any();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        catch (DbException)
        {
            // Lost between the two questions: it does not answer.
            return false;
        }
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
