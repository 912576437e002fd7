namespace Ews.ImGroups.Storage.Entities;

/// <summary>The photo a user's address shows to <c>GetUserPhoto</c>, as uploaded; one per address.</summary>
public sealed class UserPhotoRow
{
    public long Id { get; set; }

    /// <summary>The address in lower case, as looked up.</summary>
    public required string NormalizedAddress { get; set; }

    public required string ContentType { get; set; }

    public required byte[] Content { get; set; }

    /// <summary>Names this version of the photo; a new upload gets a new one, which clients see as the ETag.</summary>
    public required string Tag { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
