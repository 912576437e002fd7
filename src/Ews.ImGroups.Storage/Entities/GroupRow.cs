namespace Ews.ImGroups.Storage.Entities;

public sealed class GroupRow
{
    public long Id { get; set; }

    public long MailboxId { get; set; }

    public required string DisplayName { get; set; }

    public required string NormalizedDisplayName { get; set; }

    public required string GroupType { get; set; }

    /// <summary>For distribution groups: the directory group's address, normalized.</summary>
    public string? SmtpAddress { get; set; }

    public int Version { get; set; }
}
