using Ews.ImGroups.Domain.Ids;

namespace Ews.ImGroups.Domain.Lists;

/// <summary>Reading a list, and the settings that belong to the list as a whole.</summary>
public sealed class ImListService(IImListStore store, ItemIdCodec ids)
{
    public Task<ImItemList> GetImItemListAsync(long mailboxId, CancellationToken cancellationToken) =>
        store.ReadAsync(mailboxId, ImListSelection.Everything, cancellationToken);

    /// <summary>
    /// Reads the named groups and contacts. Like Exchange, it does not validate the ids: ids that name nothing in
    /// this mailbox are passed over.
    /// </summary>
    public Task<ImItemList> GetImItemsAsync(
        long mailboxId, IReadOnlyCollection<string> contactIds, IReadOnlyCollection<string> groupIds, CancellationToken cancellationToken)
    {
        var selection = new ImListSelection(
            groupIds.Select(id => ids.Group(id, mailboxId)).Where(r => r.IsSuccess).Select(r => r.Value).ToList(),
            contactIds.Select(id => ids.Contact(id, mailboxId)).Where(r => r.IsSuccess).Select(r => r.Value).ToList());
        return store.ReadAsync(mailboxId, selection, cancellationToken);
    }

    public Task<ImListResult<Done>> SetImListMigrationCompletedAsync(long mailboxId, bool completed, CancellationToken cancellationToken) =>
        store.ChangeAsync<Done>(mailboxId, async session =>
        {
            await session.SetMigrationCompletedAsync(completed);
            return default(Done);
        }, cancellationToken);
}
