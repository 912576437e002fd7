using Ews.ImGroups.Domain.Lists;

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

    /// <summary>The name shown with the e-mail address (Outlook's Email1DisplayName).</summary>
    public string? EmailDisplayName { get; set; }

    /// <summary>The e-mail address as <c>EmailAddresses.Normalize</c> gives it: contacts sharing it are one persona.</summary>
    public string? NormalizedEmailAddress { get; set; }

    public string? ImAddress { get; set; }

    /// <summary>The IM address as <c>ImAddresses.Normalize</c> gives it; unique per mailbox, so one address is one contact.</summary>
    public string? NormalizedImAddress { get; set; }

    public string? TelUriAddress { get; set; }

    public string? ImContactSipUriAddress { get; set; }

    public string? ImTelephoneNumber { get; set; }

    public string? HomePhone { get; set; }

    public string? MobilePhone { get; set; }

    public string? BusinessPhone { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public ContactFolder Folder { get; set; }

    public int Version { get; set; }
}
