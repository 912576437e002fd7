using Ews.ImGroups.Domain.Ids;

namespace Ews.ImGroups.Domain.Lists;

/// <summary>
/// Reads the ids an operation is given. An id of another mailbox, or of another kind of item, is reported exactly
/// like an unknown one (<c>notFound</c>, which differs between operations, as in Exchange), so nothing about other
/// mailboxes leaks.
/// </summary>
internal static class ListIds
{
    public static ImListResult<long> Contact(
        this ItemIdCodec ids, string? id, long mailboxId, ImListError notFound = ImListError.InvalidImContactId) =>
        Read(ids, id, mailboxId, ItemKind.Contact, notFound);

    public static ImListResult<long> Group(
        this ItemIdCodec ids, string? id, long mailboxId, ImListError notFound = ImListError.InvalidImGroupId) =>
        Read(ids, id, mailboxId, ItemKind.Group, notFound);

    private static ImListResult<long> Read(ItemIdCodec ids, string? id, long mailboxId, ItemKind kind, ImListError notFound) =>
        ids.TryDecodeId(id, out var key) switch
        {
            IdDecodeStatus.Empty => ImListError.InvalidIdEmpty,
            IdDecodeStatus.Malformed => ImListError.InvalidIdMalformed,
            _ when key.Kind != kind || key.MailboxId != mailboxId => notFound,
            _ => key.ItemNumber,
        };
}
