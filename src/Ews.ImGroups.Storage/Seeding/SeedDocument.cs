namespace Ews.ImGroups.Storage.Seeding;

/// <summary>The shape of the seed file: mailboxes and the contacts each one starts with.</summary>
public sealed record SeedDocument(IReadOnlyList<SeedMailbox>? Mailboxes);

public sealed record SeedMailbox(string SmtpAddress, string? DisplayName, string? Sid, IReadOnlyList<SeedContact>? Contacts);

/// <summary>A contact; without <see cref="ImAddress"/> it exists in the mailbox but is not an IM contact.</summary>
public sealed record SeedContact(
    string Key,
    string DisplayName,
    string? GivenName,
    string? Surname,
    string? EmailAddress,
    string? ImAddress);
