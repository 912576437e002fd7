namespace Ews.ImGroups.Client;

/// <summary>An Exchange store id; the change key names the version it was read at and may be absent.</summary>
public sealed record ItemId(string Id, string? ChangeKey = null);
