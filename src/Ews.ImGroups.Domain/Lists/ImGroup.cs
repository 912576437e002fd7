using Ews.ImGroups.Domain.Ids;

namespace Ews.ImGroups.Domain.Lists;

/// <summary>An IM group; distribution groups carry the SMTP address of the directory group they show.</summary>
public sealed record ImGroup(long MailboxId, long Number, string DisplayName, string GroupType, int Version, string? SmtpAddress = null)
{
    public ItemKey Key => new(ItemKind.Group, MailboxId, Number);

    public bool IsDistributionGroup => GroupType == GroupTypes.DistributionGroup;
}
