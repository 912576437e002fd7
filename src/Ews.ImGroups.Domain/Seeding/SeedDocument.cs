using Ews.ImGroups.Domain.Lists;

namespace Ews.ImGroups.Domain.Seeding;

/// <summary>
/// The shape of the seed file, which is also the body the control API takes to seed or reset the store and the shape of
/// an export: mailboxes with their contacts and groups, the directory's distribution groups and users' photos.
/// </summary>
/// <param name="IdKey">
/// The key ids are signed with (base64, 32 bytes), used when the store has none yet: it makes ids predictable, for
/// samples and tests. Leave it out anywhere ids should not be guessable.
/// </param>
/// <param name="Photos">Photos <c>GetUserPhoto</c> shows, for any address: a mailbox's or a contact's.</param>
public sealed record SeedDocument(
    IReadOnlyList<SeedMailbox>? Mailboxes,
    IReadOnlyList<SeedDistributionGroup>? DistributionGroups = null,
    string? IdKey = null,
    IReadOnlyList<SeedPhoto>? Photos = null);

public sealed record SeedMailbox(
    string SmtpAddress,
    string? DisplayName,
    string? Sid,
    IReadOnlyList<SeedContact>? Contacts,
    IReadOnlyList<SeedGroup>? Groups = null);

/// <summary>
/// A contact; without an IM address it exists in the mailbox but is not an IM contact. A telephone contact has a tel
/// URI, the SIP URI that is its IM address, and its number. Contacts of one mailbox with the same e-mail address are
/// shown as one persona.
/// </summary>
/// <param name="QuickContact">
/// The older way to say the IM list made the contact: Quick Contacts, or Lync Contacts for a telephone contact.
/// <paramref name="Folder"/> wins when both are given.
/// </param>
/// <param name="Folder">The folder holding the contact; by default the mailbox's own Contacts.</param>
/// <param name="EmailDisplayName">The name shown with the e-mail address; by default the display name.</param>
public sealed record SeedContact(
    string Key,
    string DisplayName,
    string? GivenName,
    string? Surname,
    string? EmailAddress,
    string? ImAddress,
    string? TelUriAddress = null,
    string? ImContactSipUriAddress = null,
    string? ImTelephoneNumber = null,
    bool QuickContact = false,
    ContactFolder? Folder = null,
    string? EmailDisplayName = null,
    string? HomePhone = null,
    string? MobilePhone = null,
    string? BusinessPhone = null)
{
    public ContactFolder ResolvedFolder => Folder ?? (!QuickContact
        ? ContactFolder.Contacts
        : TelUriAddress is null ? ContactFolder.QuickContacts : ContactFolder.LyncContacts);

    public ContactDetails Details => new(
        DisplayName, GivenName, Surname, EmailAddress, ImAddress, TelUriAddress, ImContactSipUriAddress, ImTelephoneNumber,
        EmailDisplayName ?? (EmailAddress is null ? null : DisplayName), HomePhone, MobilePhone, BusinessPhone);
}

/// <summary>
/// A group of a mailbox's IM list and the keys of its member contacts. A system group's name puts members into that
/// group; a group with an SMTP address is a directory distribution group on the list, whose members the directory holds.
/// </summary>
public sealed record SeedGroup(string DisplayName, string? SmtpAddress = null, IReadOnlyList<string>? Members = null);

/// <summary>A distribution group of the directory, which any mailbox may add to its IM list.</summary>
public sealed record SeedDistributionGroup(string SmtpAddress, string DisplayName);

/// <summary>The photo of an e-mail address: an image of a type <c>UserPhotos</c> takes, in base64.</summary>
public sealed record SeedPhoto(string Address, string ContentType, string Base64);
