namespace Ews.ImGroups.Testing.Seeding;

/// <summary>
/// A group on a mailbox's IM list: a named group with members (contact keys), a system group by its name
/// (<c>Favorites</c>, <c>Other Contacts</c>, <c>Tagged</c>), or a directory distribution group when it has an address.
/// </summary>
public sealed record SeedGroup(string DisplayName, IReadOnlyList<string> Members, string? SmtpAddress = null);
