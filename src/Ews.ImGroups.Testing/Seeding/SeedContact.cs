namespace Ews.ImGroups.Testing.Seeding;

/// <summary>
/// A contact in a mailbox's address book, as the seed file describes it. Without <see cref="ImAddress"/> it exists but
/// is not an IM contact, so no group can list it.
/// </summary>
public sealed class SeedContact(string key, string displayName)
{
    /// <summary>The name groups use to list the contact as a member; unique within its mailbox.</summary>
    public string Key { get; } = key;

    public string DisplayName { get; set; } = displayName;

    public string? GivenName { get; set; }

    public string? Surname { get; set; }

    public string? EmailAddress { get; set; }

    /// <summary>The name shown with the e-mail address; by default the display name.</summary>
    public string? EmailDisplayName { get; set; }

    public string? ImAddress { get; set; }

    public string? TelUriAddress { get; set; }

    public string? ImContactSipUriAddress { get; set; }

    public string? ImTelephoneNumber { get; set; }

    /// <summary>Where the contact lives: <c>Contacts</c> (the default), <c>QuickContacts</c> or <c>LyncContacts</c>.</summary>
    public string? Folder { get; set; }

    public string? HomePhone { get; set; }

    public string? MobilePhone { get; set; }

    public string? BusinessPhone { get; set; }
}
