using Ews.ImGroups.Domain.Lists;

namespace Ews.ImGroups.Domain.People;

/// <summary>Storage port for <c>FindPeople</c>: a mailbox's contacts and the directory's entries.</summary>
public interface IPeopleStore
{
    /// <summary>Every contact of the mailbox, in any folder.</summary>
    Task<IReadOnlyList<ImContact>> ReadContactsAsync(long mailboxId, CancellationToken cancellationToken);

    /// <summary>
    /// The directory's users (every mailbox, the caller's too, as in Exchange's address list) and distribution groups
    /// that may match <paramref name="query"/>: at least every entry <see cref="PeopleQuery.Matches(DirectoryEntry)"/>
    /// accepts, and possibly more, which the caller filters out.
    /// </summary>
    Task<IReadOnlyList<DirectoryEntry>> SearchDirectoryAsync(PeopleQuery query, CancellationToken cancellationToken);
}
