using System.Security.Cryptography;
using Ews.ImGroups.Domain.Ids;
using Ews.ImGroups.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Ews.ImGroups.Storage;

/// <summary>
/// The key item ids are signed with, and the codec made from it. The key is made once, when a store is first used, and
/// kept in the store, so ids stay valid across restarts and no two stores accept each other's ids; a seed may name it,
/// to make ids predictable. <see cref="StorageInitializer"/> makes or reads it before the server takes requests, so
/// the codec exists from then on.
/// </summary>
public sealed class IdKeyProvider : IDisposable
{
    internal const string SettingName = "IdKey";

    private readonly Lock loading = new();
    private byte[]? key;
    private ItemIdCodec? codec;

    public ItemIdCodec Codec => Volatile.Read(ref codec) ?? throw new InvalidOperationException(
        "Item ids cannot be made or read yet: the id key is loaded when the store is initialized (StorageInitializer.InitializeAsync).");

    /// <summary>Makes sure the store has a key (the seed's when it names one, otherwise a random one) and loads it.</summary>
    internal async Task LoadAsync(ImGroupsDbContext db, string? seedKey, CancellationToken cancellationToken)
    {
        var stored = await StoredKeyAsync(db, cancellationToken);
        if (stored is null)
        {
            db.ServerSettings.Add(new ServerSettingRow
            {
                Name = SettingName,
                Value = seedKey ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(ItemIdCodec.KeyLength)),
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException e) when (UniqueViolation.Is(e))
            {
                // Another process starting on the same new store made the key first; its key is the store's.
                db.ChangeTracker.Clear();
            }

            stored = await StoredKeyAsync(db, cancellationToken)
                ?? throw new InvalidOperationException("The store's id key vanished while it was being made.");
        }

        Use(Convert.FromBase64String(stored));
    }

    public void Dispose() => codec?.Dispose();

    /// <summary>
    /// Takes the store's key. Initializing again finds the same key and keeps the codec everything already holds; a
    /// different one means the store was swapped under the running server, whose ids would all turn invalid.
    /// </summary>
    private void Use(byte[] storeKey)
    {
        lock (loading)
        {
            if (key is null)
            {
                var made = new ItemIdCodec(storeKey);
                key = storeKey;
                Volatile.Write(ref codec, made);
            }
            else if (!CryptographicOperations.FixedTimeEquals(key, storeKey))
            {
                throw new InvalidOperationException(
                    "The store's id key is not the one this server loaded: the store was replaced while the server ran. Restart the server.");
            }
        }
    }

    private static Task<string?> StoredKeyAsync(ImGroupsDbContext db, CancellationToken cancellationToken) =>
        db.ServerSettings.AsNoTracking().Where(s => s.Name == SettingName).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
}
