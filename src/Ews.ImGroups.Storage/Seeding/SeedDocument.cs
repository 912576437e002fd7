namespace Ews.ImGroups.Storage.Seeding;

/// <summary>The shape of the seed file: mailboxes with the contacts each starts with, and the directory's distribution groups.</summary>
public sealed record SeedDocument(IReadOnlyList<SeedMailbox>? Mailboxes, IReadOnlyList<SeedDistributionGroup>? DistributionGroups = null);

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
