namespace Ews.ImGroups.Admin;

/// <summary>A stored photo without its bytes, as an upload answers it.</summary>
/// <param name="ETag">The quoted entity tag GetUserPhoto sends with it; every upload gets a new one.</param>
public sealed record PhotoInfo(string Address, string ContentType, int Length, string ETag, DateTimeOffset ChangedAt);

/// <summary>The photo of an address as GetUserPhoto serves it.</summary>
public sealed record UserPhoto(string ContentType, string? ETag, byte[] Content);
