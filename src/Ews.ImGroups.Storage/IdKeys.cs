using System.Security.Cryptography;
using Ews.ImGroups.Domain.Ids;
using Ews.ImGroups.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Ews.ImGroups.Storage;

/// <summary>
/// The key item ids are signed with. It is made once, when a store is first used, and kept in the store, so ids stay
/// valid across restarts and no two stores accept each other's ids; a seed may name it, to make ids predictable.
/// </summary>
public static class IdKeys
{
    internal const string SettingName = "IdKey";

    /// <summary>Makes sure the store has a key: the seed's when it names one, otherwise a random one.</summary>
    public static async Task EnsureAsync(ImGroupsDbContext db, string? seedKey, CancellationToken cancellationToken)
    {
        if (await db.ServerSettings.AnyAsync(s => s.Name == SettingName, cancellationToken))
        {
            return;
        }

        var key = seedKey ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(ItemIdCodec.KeyLength));
        db.ServerSettings.Add(new ServerSettingRow { Name = SettingName, Value = key });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // Another process starting on the same new store made the key first; its key is the store's.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Builds the codec from the store's key; the store must have been initialized.</summary>
    public static ItemIdCodec Load(IDbContextFactory<ImGroupsDbContext> contexts)
    {
        using var db = contexts.CreateDbContext();
        var value = db.ServerSettings.AsNoTracking().Where(s => s.Name == SettingName).Select(s => s.Value).FirstOrDefault()
            ?? throw new InvalidOperationException("The store has no id key yet; it is made when the store is initialized.");
        return new ItemIdCodec(Convert.FromBase64String(value));
    }
}
