using Ews.ImGroups.Domain.Ids;

namespace Ews.ImGroups.Domain.Lists;

public sealed record ImContact(long MailboxId, long Number, string DisplayName, string? ImAddress, int Version)
{
    public ItemKey Key => new(ItemKind.Contact, MailboxId, Number);

    /// <summary>Only contacts with an IM address belong on an IM list.</summary>
    public bool IsImContact => !string.IsNullOrWhiteSpace(ImAddress);
}
