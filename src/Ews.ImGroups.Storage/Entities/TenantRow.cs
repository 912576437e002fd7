namespace Ews.ImGroups.Storage.Entities;

/// <summary>A tenant other than the default one, made on its first request, with the key its item ids are signed with.</summary>
public sealed class TenantRow
{
    public required string Name { get; set; }

    public required string IdKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
