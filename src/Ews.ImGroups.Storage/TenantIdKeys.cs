using System.Collections.Concurrent;
using System.Security.Cryptography;
using Ews.ImGroups.Domain.Ids;
using Ews.ImGroups.Storage.Entities;
using Ews.ImGroups.Storage.Tenants;
using Microsoft.EntityFrameworkCore;

namespace Ews.ImGroups.Storage;

/// <summary>
/// Each tenant's id key and codec. The default tenant's is the store's own (<see cref="IdKeyProvider"/>); any other
/// tenant's is made at random with its row in <c>Tenants</c> the first time the tenant is used, and kept there, so its
/// ids outlive restarts, hold across replicas and are refused by every other tenant. A tenant's key never changes once
/// made, so each is read from the store once.
/// </summary>
public sealed class TenantIdKeys : IDisposable
{
    private readonly IDbContextFactory<ImGroupsDbContext> contexts;
    private readonly WriteGate gate;
    private readonly StoreEngine engine;
    private readonly IdKeyProvider defaultKey;
    private readonly TimeProvider clock;
    private readonly ConcurrentDictionary<string, ItemIdCodec> codecs = new(StringComparer.Ordinal);

    internal TenantIdKeys(IDbContextFactory<ImGroupsDbContext> contexts, WriteGate gate, StoreEngine engine, IdKeyProvider defaultKey, TimeProvider clock)
    {
        this.contexts = contexts;
        this.gate = gate;
        this.engine = engine;
        this.defaultKey = defaultKey;
        this.clock = clock;
    }

    /// <summary>The current tenant's codec (<see cref="TenantScope.Current"/>), which <see cref="LoadAsync"/> must have made.</summary>
    public ItemIdCodec Current => For(TenantScope.Current);

    public ItemIdCodec For(string tenant) => tenant == TenantNames.Default
        ? defaultKey.Codec
        : codecs.TryGetValue(tenant, out var codec)
            ? codec
            : throw new InvalidOperationException($"Tenant '{tenant}' is used before its id key was loaded (TenantIdKeys.LoadAsync).");

    /// <summary>
    /// Makes sure the tenant exists, making it when it does not and the store holds fewer than
    /// <paramref name="maxTenants"/> tenants besides the default one; false when there is no room for it.
    /// </summary>
    public async ValueTask<bool> LoadAsync(string tenant, int maxTenants, CancellationToken cancellationToken)
    {
        if (tenant == TenantNames.Default || codecs.ContainsKey(tenant))
        {
            return true;
        }

        if ((await StoredKeyAsync(tenant, cancellationToken) ?? await CreateAsync(tenant, maxTenants, cancellationToken)) is not { } key)
        {
            return false;
        }

        var made = new ItemIdCodec(Convert.FromBase64String(key));
        if (!codecs.TryAdd(tenant, made))
        {
            // Another request loaded it meanwhile; both read the one stored key.
            made.Dispose();
        }

        return true;
    }

    public void Dispose()
    {
        foreach (var codec in codecs.Values)
        {
            codec.Dispose();
        }
    }

    /// <summary>
    /// Adds the tenant's row unless the store is full; null then. Makers of tenants take turns (<see
    /// cref="StoreEngine.LockTenantsAsync"/>), so processes counting at once cannot all see room for one more, and one
    /// that waited for another making the same tenant reads its key rather than count it as taking the last room.
    /// </summary>
    private async Task<string?> CreateAsync(string tenant, int maxTenants, CancellationToken cancellationToken)
    {
        try
        {
            await using var write = await StoreWrite.BeginAsync(gate, contexts, cancellationToken);
            await engine.LockTenantsAsync(write.Db, cancellationToken);
            if (await StoredKeyAsync(write.Db, tenant, cancellationToken) is { } made)
            {
                return made;
            }

            if (await write.Db.Tenants.CountAsync(cancellationToken) >= maxTenants)
            {
                return null;
            }

            var row = new TenantRow
            {
                Name = tenant,
                IdKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(ItemIdCodec.KeyLength)),
                CreatedAt = clock.GetUtcNow(),
            };
            write.Db.Tenants.Add(row);
            await write.Db.SaveChangesAsync(cancellationToken);
            await write.CommitAsync(cancellationToken);
            return row.IdKey;
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            return await StoredKeyAsync(tenant, cancellationToken)
                ?? throw new InvalidOperationException($"Tenant '{tenant}' could be neither made nor found.", e);
        }
    }

    private async Task<string?> StoredKeyAsync(string tenant, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await StoredKeyAsync(db, tenant, cancellationToken);
    }

    private static Task<string?> StoredKeyAsync(ImGroupsDbContext db, string tenant, CancellationToken cancellationToken) =>
        db.Tenants.AsNoTracking().Where(t => t.Name == tenant).Select(t => t.IdKey).FirstOrDefaultAsync(cancellationToken);
}
