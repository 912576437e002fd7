namespace Ews.ImGroups.Domain.Lists;

/// <summary>
/// Storage port. Work on one mailbox runs inside <see cref="InMailboxAsync{T}"/>, which serializes writers of that
/// mailbox and commits only when the work returns without throwing and asks for it.
/// </summary>
public interface IImListStore
{
    Task<T> InMailboxAsync<T>(long mailboxId, Func<IMailboxSession, Task<MailboxWork<T>>> work, CancellationToken cancellationToken);
}

/// <summary>The outcome of a unit of mailbox work and whether its changes are kept.</summary>
public readonly record struct MailboxWork<T>(T Result, bool Commit)
{
    public static MailboxWork<T> Keep(T result) => new(result, true);

    public static MailboxWork<T> Discard(T result) => new(result, false);
}
