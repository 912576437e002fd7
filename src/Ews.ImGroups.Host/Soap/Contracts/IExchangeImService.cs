using System.ServiceModel;
using Ews.ImGroups.Host.Common;

namespace Ews.ImGroups.Host.Soap.Contracts;

/// <summary>The EWS operations this server answers, with the SOAP actions Exchange's WSDL gives them.</summary>
[ServiceContract(Namespace = EwsNamespaces.Messages, Name = "ExchangeServicePortType")]
public interface IExchangeImService
{
    [OperationContract(Action = EwsOperations.ActionPrefix + EwsOperations.AddImGroup, Name = EwsOperations.AddImGroup, ReplyAction = "*")]
    Task<AddImGroupResponse> AddImGroup(AddImGroupRequest request);

    [OperationContract(Action = EwsOperations.ActionPrefix + EwsOperations.AddImContactToGroup, Name = EwsOperations.AddImContactToGroup, ReplyAction = "*")]
    Task<AddImContactToGroupResponse> AddImContactToGroup(AddImContactToGroupRequest request);

    [OperationContract(Action = EwsOperations.ActionPrefix + EwsOperations.GetImItemList, Name = EwsOperations.GetImItemList, ReplyAction = "*")]
    Task<GetImItemListResponse> GetImItemList(GetImItemListRequest request);

    [OperationContract(Action = EwsOperations.ActionPrefix + EwsOperations.GetImItems, Name = EwsOperations.GetImItems, ReplyAction = "*")]
    Task<GetImItemsResponse> GetImItems(GetImItemsRequest request);

    [OperationContract(Action = EwsOperations.ActionPrefix + EwsOperations.AddNewImContactToGroup, Name = EwsOperations.AddNewImContactToGroup, ReplyAction = "*")]
    Task<AddNewImContactToGroupResponse> AddNewImContactToGroup(AddNewImContactToGroupRequest request);

    [OperationContract(Action = EwsOperations.ActionPrefix + EwsOperations.AddNewTelUriContactToGroup, Name = EwsOperations.AddNewTelUriContactToGroup, ReplyAction = "*")]
    Task<AddNewTelUriContactToGroupResponse> AddNewTelUriContactToGroup(AddNewTelUriContactToGroupRequest request);

    [OperationContract(Action = EwsOperations.ActionPrefix + EwsOperations.AddDistributionGroupToImList, Name = EwsOperations.AddDistributionGroupToImList, ReplyAction = "*")]
    Task<AddDistributionGroupToImListResponse> AddDistributionGroupToImList(AddDistributionGroupToImListRequest request);

    [OperationContract(Action = EwsOperations.ActionPrefix + EwsOperations.RemoveDistributionGroupFromImList, Name = EwsOperations.RemoveDistributionGroupFromImList, ReplyAction = "*")]
    Task<RemoveDistributionGroupFromImListResponse> RemoveDistributionGroupFromImList(RemoveDistributionGroupFromImListRequest request);

    [OperationContract(Action = EwsOperations.ActionPrefix + EwsOperations.RemoveImContactFromGroup, Name = EwsOperations.RemoveImContactFromGroup, ReplyAction = "*")]
    Task<RemoveImContactFromGroupResponse> RemoveImContactFromGroup(RemoveImContactFromGroupRequest request);

    [OperationContract(Action = EwsOperations.ActionPrefix + EwsOperations.RemoveContactFromImList, Name = EwsOperations.RemoveContactFromImList, ReplyAction = "*")]
    Task<RemoveContactFromImListResponse> RemoveContactFromImList(RemoveContactFromImListRequest request);

    [OperationContract(Action = EwsOperations.ActionPrefix + EwsOperations.RemoveImGroup, Name = EwsOperations.RemoveImGroup, ReplyAction = "*")]
    Task<RemoveImGroupResponse> RemoveImGroup(RemoveImGroupRequest request);

    [OperationContract(Action = EwsOperations.ActionPrefix + EwsOperations.SetImGroup, Name = EwsOperations.SetImGroup, ReplyAction = "*")]
    Task<SetImGroupResponse> SetImGroup(SetImGroupRequest request);

    [OperationContract(Action = EwsOperations.ActionPrefix + EwsOperations.SetImListMigrationCompleted, Name = EwsOperations.SetImListMigrationCompleted, ReplyAction = "*")]
    Task<SetImListMigrationCompletedResponse> SetImListMigrationCompleted(SetImListMigrationCompletedRequest request);

    [OperationContract(Action = EwsOperations.ActionPrefix + EwsOperations.GetUserPhoto, Name = EwsOperations.GetUserPhoto, ReplyAction = "*")]
    Task<GetUserPhotoResponse> GetUserPhoto(GetUserPhotoRequest request);
    [OperationContract(Action = EwsOperations.ActionPrefix + EwsOperations.FindPeople, Name = EwsOperations.FindPeople, ReplyAction = "*")]
    Task<FindPeopleResponse> FindPeople(FindPeopleRequest request);
}
