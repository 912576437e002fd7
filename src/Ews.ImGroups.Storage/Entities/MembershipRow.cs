namespace Ews.ImGroups.Storage.Entities;

public sealed class MembershipRow
{
    public long GroupId { get; set; }

    public long ContactId { get; set; }
}
