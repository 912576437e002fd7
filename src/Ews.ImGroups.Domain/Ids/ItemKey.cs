namespace Ews.ImGroups.Domain.Ids;

/// <summary>The decoded content of an EWS item id: which mailbox, which kind of item, which row.</summary>
public readonly record struct ItemKey(ItemKind Kind, long MailboxId, long ItemNumber);
