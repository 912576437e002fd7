namespace Ews.ImGroups.Domain.Lists;

/// <summary>The message classes Exchange gives IM groups, as they appear in <c>GroupType</c>.</summary>
public static class GroupTypes
{
    public const string UserGroup = "IPM.DistList.MOC.UserGroup";
    public const string OtherContacts = "IPM.DistList.MOC.OtherContacts";
    public const string Tagged = "IPM.DistList.MOC.Tagged";
    public const string Favorites = "IPM.DistList.MOC.Favorites";
    public const string DistributionGroup = "IPM.DistList.MOC.DG";
}
