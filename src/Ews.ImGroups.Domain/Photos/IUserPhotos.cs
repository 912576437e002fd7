namespace Ews.ImGroups.Domain.Photos;

/// <summary>Storage port for the photos users show to <c>GetUserPhoto</c>, one per e-mail address.</summary>
public interface IUserPhotos
{
    /// <summary>The photo of an address in the form <see cref="UserPhotos.TryNormalizeAddress"/> gives; null when it has none.</summary>
    Task<UserPhoto?> FindAsync(string address, CancellationToken cancellationToken);

    /// <summary>Whether the address names a mailbox of the store, with or without a photo.</summary>
    Task<bool> IsMailboxAsync(string address, CancellationToken cancellationToken);

    /// <summary>Stores a checked photo (<see cref="UserPhotos.Check"/>) for the address, replacing any, under a new tag.</summary>
    Task<UserPhoto> SetAsync(string address, string contentType, byte[] content, CancellationToken cancellationToken);

    /// <summary>Removes the address's photo; false when it had none.</summary>
    Task<bool> RemoveAsync(string address, CancellationToken cancellationToken);
}

/// <param name="Tag">Names this version of the photo: a new one with every upload, which clients see as the ETag.</param>
public sealed record UserPhoto(string Address, string ContentType, byte[] Content, string Tag, DateTimeOffset ChangedAt);
