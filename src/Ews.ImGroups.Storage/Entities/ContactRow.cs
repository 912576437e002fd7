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

    /// <summary>The IM address as <c>ImAddresses.Normalize</c> gives it; unique per mailbox, so one address is one contact.</summary>
    public string? NormalizedImAddress { get; set; }

    public string? TelUriAddress { get; set; }

    public string? ImContactSipUriAddress { get; set; }

    public string? ImTelephoneNumber { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Created by the IM list itself, rather than being one of the mailbox's own contacts.</summary>
    public bool IsQuickContact { get; set; }

    public int Version { get; set; }
}
