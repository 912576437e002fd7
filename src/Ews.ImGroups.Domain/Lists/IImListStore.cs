namespace Ews.ImGroups.Domain.Lists;

/// <summary>Storage port for IM lists, one mailbox at a time.</summary>
public interface IImListStore
{
    /// <summary>
    /// Runs a change to one mailbox's list. Writers of the mailbox are serialized, so the rules checked inside see
    /// what they change; the changes are kept only when the work returns a success.
    /// </summary>
    Task<ImListResult<T>> ChangeAsync<T>(long mailboxId, Func<IMailboxSession, Task<ImListResult<T>>> work, CancellationToken cancellationToken);

    /// <summary>Reads one mailbox's list as one consistent snapshot, without holding up writers.</summary>
    Task<ImItemList> ReadAsync(long mailboxId, ImListSelection selection, CancellationToken cancellationToken);
}
