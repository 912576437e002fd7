using Ews.ImGroups.Storage.Tenants;

namespace Ews.ImGroups.Storage.Entities;

/// <summary>The photo a user's address shows to <c>GetUserPhoto</c>, as uploaded; one per address.</summary>
public sealed class UserPhotoRow : ITenantOwned
{
    public long Id { get; set; }

    /// <summary>The tenant whose world holds the row; stamped by the context when the row is added.</summary>
    public string Tenant { get; set; } = TenantNames.Default;

    /// <summary>The address in lower case, as looked up.</summary>
    public required string NormalizedAddress { get; set; }

    public required string ContentType { get; set; }

    public required byte[] Content { get; set; }

    /// <summary>Names this version of the photo; a new upload gets a new one, which clients see as the ETag.</summary>
    public required string Tag { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
