namespace Ews.ImGroups.Storage.Seeding;

/// <summary>The shape of the seed file: mailboxes with the contacts each starts with, and the directory's distribution groups.</summary>
/// <param name="IdKey">
/// The key ids are signed with (base64, 32 bytes), used when the store has none yet: it makes ids predictable, for
/// samples and tests. Leave it out anywhere ids should not be guessable.
/// </param>
public sealed record SeedDocument(
    IReadOnlyList<SeedMailbox>? Mailboxes,
    IReadOnlyList<SeedDistributionGroup>? DistributionGroups = null,
    string? IdKey = null);

public sealed record SeedMailbox(string SmtpAddress, string? DisplayName, string? Sid, IReadOnlyList<SeedContact>? Contacts);

/// <summary>A contact; without <see cref="ImAddress"/> it exists in the mailbox but is not an IM contact.</summary>
public sealed record SeedContact(
    string Key,
    string DisplayName,
    string? GivenName,
    string? Surname,
    string? EmailAddress,
    string? ImAddress);

/// <summary>A distribution group of the directory, which any mailbox may add to its IM list.</summary>
public sealed record SeedDistributionGroup(string SmtpAddress, string DisplayName);
