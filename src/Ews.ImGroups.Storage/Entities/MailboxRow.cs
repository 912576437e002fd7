namespace Ews.ImGroups.Storage.Entities;

public sealed class MailboxRow
{
    public long Id { get; set; }

    public required string SmtpAddress { get; set; }

    public required string Sid { get; set; }

    public string? DisplayName { get; set; }

    public bool ImListMigrationCompleted { get; set; }

    /// <summary>Bumped by every write to the mailbox; the update takes the row lock that serializes its writers.</summary>
    public long Revision { get; set; }
}
