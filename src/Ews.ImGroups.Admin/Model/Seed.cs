using System.Text;
using System.Text.Json;
using Ews.ImGroups.Admin.Wire;

namespace Ews.ImGroups.Admin;

/// <summary>
/// A seed document: the shape of the server's seed file, of <c>POST /admin/api/seed</c> and <c>/import</c>, and of an
/// export. Build one in code with these records, or read a seed file with <see cref="FromJson"/>.
/// </summary>
/// <param name="IdKey">The key ids are signed with (base64, 32 bytes), used when the store has none yet; makes ids predictable.</param>
/// <param name="Photos">Photos <c>GetUserPhoto</c> shows, for any address.</param>
public sealed record SeedDocument(
    IReadOnlyList<SeedMailbox>? Mailboxes,
    IReadOnlyList<SeedDistributionGroup>? DistributionGroups = null,
    string? IdKey = null,
    IReadOnlyList<SeedPhoto>? Photos = null)
{
    /// <summary>Reads a seed file's JSON (property names in any case).</summary>
    public static SeedDocument FromJson(string json) =>
        JsonSerializer.Deserialize(json, AdminJson.Default.SeedDocument) ?? throw new JsonException("The seed document is null.");

    /// <summary>The document as a seed file's JSON, indented, which the server's <c>Ews:SeedFile</c> reads.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            JsonSerializer.Serialize(writer, this, AdminJson.Default.SeedDocument);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}

/// <summary>A mailbox with its contacts and the groups of its IM list.</summary>
/// <param name="Sid">The mailbox's SID; made up by the server when left out.</param>
public sealed record SeedMailbox(
    string SmtpAddress,
    string? DisplayName = null,
    string? Sid = null,
    IReadOnlyList<SeedContact>? Contacts = null,
    IReadOnlyList<SeedGroup>? Groups = null);

/// <summary>
/// A contact, named by a <see cref="Key"/> the mailbox's groups use for it. Without an IM address it is not an IM
/// contact. Contacts of one mailbox with the same e-mail address are one persona.
/// </summary>
/// <param name="QuickContact">The older way to say the IM list made the contact; <paramref name="Folder"/> wins when both are given.</param>
/// <param name="Folder">The folder holding the contact; the mailbox's Contacts when left out.</param>
/// <param name="EmailDisplayName">The name shown with the e-mail address; the display name when left out.</param>
public sealed record SeedContact(
    string Key,
    string DisplayName,
    string? GivenName = null,
    string? Surname = null,
    string? EmailAddress = null,
    string? ImAddress = null,
    string? TelUriAddress = null,
    string? ImContactSipUriAddress = null,
    string? ImTelephoneNumber = null,
    bool QuickContact = false,
    ContactFolder? Folder = null,
    string? EmailDisplayName = null,
    string? HomePhone = null,
    string? MobilePhone = null,
    string? BusinessPhone = null);

/// <summary>
/// A group of the IM list and the keys of its member contacts. A system group's name (<c>Other Contacts</c>,
/// <c>Favorites</c>…) puts the members into that group; one with an SMTP address is a directory distribution group.
/// </summary>
public sealed record SeedGroup(string DisplayName, string? SmtpAddress = null, IReadOnlyList<string>? Members = null);

/// <summary>A distribution group of the directory, which any mailbox may add to its IM list.</summary>
public sealed record SeedDistributionGroup(string SmtpAddress, string DisplayName);

/// <summary>The photo of an e-mail address: a JPEG, PNG or GIF image in base64.</summary>
public sealed record SeedPhoto(string Address, string ContentType, string Base64);
