namespace Ews.ImGroups.Storage.Entities;

public sealed class ContactRow
{
    public long Id { get; set; }

    public long MailboxId { get; set; }

    /// <summary>The seed file's name for the contact, so loading the seed again finds it instead of adding a twin.</summary>
    public string? SeedKey { get; set; }

    public required string DisplayName { get; set; }

    public string? GivenName { get; set; }

    public string? Surname { get; set; }

    public string? EmailAddress { get; set; }

    public string? ImAddress { get; set; }

    public int Version { get; set; }
}
