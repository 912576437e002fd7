using Ews.ImGroups.Domain.Ids;

namespace Ews.ImGroups.Domain.Lists;

public sealed record ImGroup(long MailboxId, long Number, string DisplayName, string GroupType, int Version)
{
    public ItemKey Key => new(ItemKind.Group, MailboxId, Number);
}
