namespace Ews.ImGroups.Client;

/// <summary>The <see cref="ImGroup.GroupType"/> values Exchange gives its IM groups.</summary>
public static class ImGroupTypes
{
    public const string UserGroup = "IPM.DistList.MOC.UserGroup";
    public const string OtherContacts = "IPM.DistList.MOC.OtherContacts";
    public const string Tagged = "IPM.DistList.MOC.Tagged";
    public const string Favorites = "IPM.DistList.MOC.Favorites";
    public const string DistributionGroup = "IPM.DistList.MOC.DG";
}
