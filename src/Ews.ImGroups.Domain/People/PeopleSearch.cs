using Ews.ImGroups.Domain.Lists;

namespace Ews.ImGroups.Domain.People;

/// <summary>
/// The folder a <c>FindPeople</c> request names, as it names it: at most one of a distinguished folder's name, a
/// folder id or an address list id; none of them when the request names no folder.
/// </summary>
/// <param name="MailboxAddress">The mailbox a distinguished folder names, when it names one.</param>
public sealed record PeopleFolder(string? DistinguishedName = null, string? FolderId = null, string? AddressListId = null, string? MailboxAddress = null);

/// <param name="HasRestriction">The request carries a <c>Restriction</c> or an <c>AggregationRestriction</c>.</param>
public sealed record PeopleSearch(PeopleFolder Folder, string? QueryString, PageView View, bool HasRestriction = false);

/// <summary>A person found: a persona of the caller's contacts, or an entry of the directory.</summary>
public sealed record FoundPerson(ImPersona? Persona, DirectoryEntry? Entry);

/// <param name="Total">How many people the whole view holds, of which the page shows some.</param>
/// <param name="FirstIndex">The index in the view of the page's first person.</param>
public sealed record PeoplePage(IReadOnlyList<FoundPerson> People, int Total, int FirstIndex);
