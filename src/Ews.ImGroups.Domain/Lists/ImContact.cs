using Ews.ImGroups.Domain.Ids;

namespace Ews.ImGroups.Domain.Lists;

/// <summary>A contact of a mailbox. <see cref="IsQuickContact"/> marks contacts created by the IM list itself.</summary>
public sealed record ImContact(long MailboxId, long Number, ContactDetails Details, int Version, DateTimeOffset CreatedAt, bool IsQuickContact)
{
    public ItemKey Key => new(ItemKind.Contact, MailboxId, Number);

    /// <summary>The persona that shows the contact; one per contact on this server.</summary>
    public ItemKey PersonaKey => new(ItemKind.Persona, MailboxId, Number);

    /// <summary>Only contacts with an IM address belong on an IM list.</summary>
    public bool IsImContact => !string.IsNullOrWhiteSpace(Details.ImAddress);
}

/// <summary>What a contact says about a person; every part but the display name is optional.</summary>
public sealed record ContactDetails(
    string DisplayName,
    string? GivenName = null,
    string? Surname = null,
    string? EmailAddress = null,
    string? ImAddress = null,
    string? TelUriAddress = null,
    string? ImContactSipUriAddress = null,
    string? ImTelephoneNumber = null);
