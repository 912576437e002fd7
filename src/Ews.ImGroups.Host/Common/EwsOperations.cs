using System.Collections.Frozen;

namespace Ews.ImGroups.Host.Common;

/// <summary>Names of the operations served; a request's body element must be one of them.</summary>
public static class EwsOperations
{
    public const string ActionPrefix = EwsNamespaces.Messages + "/";
    public const string AddImGroup = nameof(AddImGroup);
    public const string AddImContactToGroup = nameof(AddImContactToGroup);
    public const string GetImItemList = nameof(GetImItemList);
    public const string GetImItems = nameof(GetImItems);
    public const string AddNewImContactToGroup = nameof(AddNewImContactToGroup);
    public const string AddNewTelUriContactToGroup = nameof(AddNewTelUriContactToGroup);
    public const string AddDistributionGroupToImList = nameof(AddDistributionGroupToImList);
    public const string RemoveDistributionGroupFromImList = nameof(RemoveDistributionGroupFromImList);
    public const string RemoveImContactFromGroup = nameof(RemoveImContactFromGroup);
    public const string RemoveContactFromImList = nameof(RemoveContactFromImList);
    public const string RemoveImGroup = nameof(RemoveImGroup);
    public const string SetImGroup = nameof(SetImGroup);
    public const string SetImListMigrationCompleted = nameof(SetImListMigrationCompleted);
    public const string GetUserPhoto = nameof(GetUserPhoto);
    public const string FindPeople = nameof(FindPeople);

    public static FrozenSet<string> All { get; } = new[]
    {
        AddImGroup, AddImContactToGroup, GetImItemList, GetImItems, AddNewImContactToGroup, AddNewTelUriContactToGroup,
        AddDistributionGroupToImList, RemoveDistributionGroupFromImList, RemoveImContactFromGroup, RemoveContactFromImList,
        RemoveImGroup, SetImGroup, SetImListMigrationCompleted, GetUserPhoto, FindPeople,
    }.ToFrozenSet(StringComparer.Ordinal);
}
