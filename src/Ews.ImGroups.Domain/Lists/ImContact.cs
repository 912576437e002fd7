using Ews.ImGroups.Domain.Ids;

namespace Ews.ImGroups.Domain.Lists;

/// <summary>A contact of a mailbox, in one of its contact folders.</summary>
public sealed record ImContact(long MailboxId, long Number, ContactDetails Details, int Version, DateTimeOffset CreatedAt, ContactFolder Folder)
{
    public ItemKey Key => new(ItemKind.Contact, MailboxId, Number);

    /// <summary>Created by the IM list itself rather than being one of the mailbox's own; the list deletes it when it leaves.</summary>
    public bool IsQuickContact => Folder != ContactFolder.Contacts;

    /// <summary>Only contacts with an IM address belong on an IM list.</summary>
    public bool IsImContact => !string.IsNullOrWhiteSpace(Details.ImAddress);

    /// <summary>A telephone contact, which shows its number instead of a name.</summary>
    public bool IsTelephone => Details.TelUriAddress is not null;

    /// <summary>What links the contact to others into one persona; null when it has no e-mail address.</summary>
    public string? LinkKey { get; } = Details.EmailAddress is null ? null : EmailAddresses.Normalize(Details.EmailAddress);
}

/// <summary>What a contact says about a person; every part but the display name is optional.</summary>
/// <param name="EmailDisplayName">The name shown with the e-mail address; the display name when not set.</param>
public sealed record ContactDetails(
    string DisplayName,
    string? GivenName = null,
    string? Surname = null,
    string? EmailAddress = null,
    string? ImAddress = null,
    string? TelUriAddress = null,
    string? ImContactSipUriAddress = null,
    string? ImTelephoneNumber = null,
    string? EmailDisplayName = null,
    string? HomePhone = null,
    string? MobilePhone = null,
    string? BusinessPhone = null);
