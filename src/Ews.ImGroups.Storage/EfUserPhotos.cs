using Ews.ImGroups.Domain.Photos;
using Ews.ImGroups.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Ews.ImGroups.Storage;

/// <summary>
/// Users' photos in the <c>UserPhotos</c> table. A change is one <see cref="StoreWrite"/> that first takes the engine's
/// lock for the address, so it waits for a reset of the store in progress instead of slipping past it.
/// </summary>
public sealed class EfUserPhotos : IUserPhotos
{
    private readonly IDbContextFactory<ImGroupsDbContext> contexts;
    private readonly WriteGate gate;
    private readonly StoreEngine engine;
    private readonly TimeProvider clock;

    internal EfUserPhotos(IDbContextFactory<ImGroupsDbContext> contexts, WriteGate gate, StoreEngine engine, TimeProvider clock)
    {
        this.contexts = contexts;
        this.gate = gate;
        this.engine = engine;
        this.clock = clock;
    }

    public async Task<UserPhoto?> FindAsync(string address, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.UserPhotos.AsNoTracking().FirstOrDefaultAsync(p => p.NormalizedAddress == address, cancellationToken);
        return row is null ? null : ToPhoto(row);
    }

    public async Task<bool> IsMailboxAsync(string address, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Mailboxes.AnyAsync(m => m.SmtpAddress == address, cancellationToken);
    }

    public async Task<UserPhoto> SetAsync(string address, string contentType, byte[] content, CancellationToken cancellationToken)
    {
        // Two processes may add the first photo of an address at once; the one whose insert loses updates instead.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TrySetAsync(address, contentType, content, cancellationToken);
            }
            catch (DbUpdateException e) when (attempt == 1 && UniqueViolation.Is(e))
            {
            }
        }
    }

    public async Task<bool> RemoveAsync(string address, CancellationToken cancellationToken)
    {
        await using var write = await StoreWrite.BeginAsync(gate, contexts, cancellationToken);
        await engine.LockMailboxAsync(write.Db, address, cancellationToken);
        var removed = await write.Db.UserPhotos.Where(p => p.NormalizedAddress == address).ExecuteDeleteAsync(cancellationToken);
        await write.CommitAsync(cancellationToken);
        return removed > 0;
    }

    /// <summary>A fresh tag for a new version of a photo.</summary>
    internal static string NewTag() => Guid.NewGuid().ToString("N");

    private async Task<UserPhoto> TrySetAsync(string address, string contentType, byte[] content, CancellationToken cancellationToken)
    {
        await using var write = await StoreWrite.BeginAsync(gate, contexts, cancellationToken);
        var db = write.Db;
        await engine.LockMailboxAsync(db, address, cancellationToken);
        var row = await db.UserPhotos.FirstOrDefaultAsync(p => p.NormalizedAddress == address, cancellationToken);
        if (row is null)
        {
            row = new UserPhotoRow { NormalizedAddress = address, ContentType = contentType, Content = content, Tag = NewTag() };
            db.UserPhotos.Add(row);
        }
        else
        {
            row.ContentType = contentType;
            row.Content = content;
            row.Tag = NewTag();
        }

        row.ChangedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await write.CommitAsync(cancellationToken);
        return ToPhoto(row);
    }

    private static UserPhoto ToPhoto(UserPhotoRow row) => new(row.NormalizedAddress, row.ContentType, row.Content, row.Tag, row.ChangedAt);
}
