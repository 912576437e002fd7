using Ews.ImGroups.Domain.Ids;

namespace Ews.ImGroups.Domain.Lists;

/// <summary>
/// Reads the ids an operation is given. An id of another kind of item is reported exactly like an unknown one
/// (<c>notFound</c>, which differs between operations, as in Exchange); so is an id of another mailbox, unless the
/// operation reports those its own way (<c>otherMailbox</c>), which tells the caller no more than the id itself does.
/// </summary>
internal static class ListIds
{
    public static ImListResult<long> Contact(
        this ItemIdCodec ids, string? id, long mailboxId, ImListError notFound = ImListError.InvalidImContactId) =>
        Read(ids, id, mailboxId, ItemKind.Contact, notFound);

    public static ImListResult<long> Group(
        this ItemIdCodec ids, string? id, long mailboxId, ImListError notFound = ImListError.InvalidImGroupId, ImListError? otherMailbox = null) =>
        Read(ids, id, mailboxId, ItemKind.Group, notFound, otherMailbox);

    private static ImListResult<long> Read(ItemIdCodec ids, string? id, long mailboxId, ItemKind kind, ImListError notFound, ImListError? otherMailbox = null) =>
        ids.TryDecodeId(id, out var key) switch
        {
            IdDecodeStatus.Empty => ImListError.InvalidIdEmpty,
            IdDecodeStatus.Malformed => ImListError.InvalidIdMalformed,
            _ when key.Kind != kind => notFound,
            _ when key.MailboxId != mailboxId => otherMailbox ?? notFound,
            _ => key.ItemNumber,
        };
}
