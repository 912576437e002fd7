using System.ServiceModel;

namespace Ews.ImGroups.Host.Soap.Contracts;

/// <summary>The EWS operations this server answers, with the SOAP actions Exchange's WSDL gives them.</summary>
[ServiceContract(Namespace = EwsNamespaces.Messages, Name = "ExchangeServicePortType")]
public interface IExchangeImService
{
    [OperationContract(Action = EwsOperations.ActionPrefix + EwsOperations.AddImGroup, ReplyAction = "*")]
    Task<AddImGroupResponse> AddImGroup(AddImGroupRequest request);

    [OperationContract(Action = EwsOperations.ActionPrefix + EwsOperations.AddImContactToGroup, ReplyAction = "*")]
    Task<AddImContactToGroupResponse> AddImContactToGroup(AddImContactToGroupRequest request);
}
