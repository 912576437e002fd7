using System.Collections.Concurrent;
using Ews.ImGroups.Domain.Lists;

namespace Ews.ImGroups.Storage;

/// <summary>
/// Whole lists as last read, each with the mailbox revision it was read at. Every change to a list bumps its
/// mailbox's revision in the same transaction, so a list is served from here only after the store has said, in the
/// reading transaction, that the mailbox is still at that revision: the cache saves reading rows, never a check.
/// Bounded by <see cref="MaxItems"/> groups and personas over all lists; past it, lists are dropped in no
/// particular order until there is room.
/// </summary>
internal sealed class ListCache
{
    /// <summary>About 30 MB of lists: the 1,000 mailboxes of a seeded test store, or a hundred 1,000-contact lists.</summary>
    public const int MaxItems = 100_000;

    private readonly ConcurrentDictionary<long, Entry> lists = new();
    private readonly Lock changing = new();
    private int items;

    public ImItemList? Find(long mailboxId, long revision) =>
        lists.TryGetValue(mailboxId, out var entry) && entry.Revision == revision ? entry.List : null;

    /// <summary>Keeps a list read at a revision, unless a list of a later revision is already kept.</summary>
    public void Offer(long mailboxId, long revision, ImItemList list)
    {
        var size = list.Groups.Count + list.Personas.Count;
        if (size > MaxItems)
        {
            return;
        }

        lock (changing)
        {
            if (lists.TryGetValue(mailboxId, out var kept))
            {
                if (kept.Revision >= revision)
                {
                    return;
                }

                items -= kept.Size;
            }

            foreach (var (id, entry) in lists)
            {
                if (items + size <= MaxItems)
                {
                    break;
                }

                if (id != mailboxId && lists.TryRemove(id, out _))
                {
                    items -= entry.Size;
                }
            }

            lists[mailboxId] = new Entry(revision, list, size);
            items += size;
        }
    }

    private sealed record Entry(long Revision, ImItemList List, int Size);
}
