namespace Ews.ImGroups.Storage.Entities;

/// <summary>A value the server keeps with its data, such as the key its ids are signed with.</summary>
public sealed class ServerSettingRow
{
    public required string Name { get; set; }

    public required string Value { get; set; }
}
