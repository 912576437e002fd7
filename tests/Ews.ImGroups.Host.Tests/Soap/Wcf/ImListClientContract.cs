using System.ServiceModel;
using System.Xml.Serialization;

namespace Ews.ImGroups.Host.Tests.Soap.Wcf;

/// <summary>
/// A WCF client contract for the IM-list operations, written from the EWS schema as a client author would write it,
/// and sharing nothing with the server's own contract types.
/// </summary>
[ServiceContract(Namespace = Ns.Messages)]
[XmlSerializerFormat]
public interface IImListClient
{
    [OperationContract(Action = Ns.Messages + "/GetImItemList", ReplyAction = "*")]
    Task<GetImItemListOut> GetImItemListAsync(GetImItemListIn request);

    [OperationContract(Action = Ns.Messages + "/AddImGroup", ReplyAction = "*")]
    Task<AddImGroupOut> AddImGroupAsync(AddImGroupIn request);

    [OperationContract(Action = Ns.Messages + "/AddNewImContactToGroup", ReplyAction = "*")]
    Task<AddNewImContactToGroupOut> AddNewImContactToGroupAsync(AddNewImContactToGroupIn request);

    [OperationContract(Action = Ns.Messages + "/AddImContactToGroup", ReplyAction = "*")]
    Task<AddImContactToGroupOut> AddImContactToGroupAsync(AddImContactToGroupIn request);

    [OperationContract(Action = Ns.Messages + "/SetImGroup", ReplyAction = "*")]
    Task<SetImGroupOut> SetImGroupAsync(SetImGroupIn request);

    [OperationContract(Action = Ns.Messages + "/RemoveImContactFromGroup", ReplyAction = "*")]
    Task<RemoveImContactFromGroupOut> RemoveImContactFromGroupAsync(RemoveImContactFromGroupIn request);

    [OperationContract(Action = Ns.Messages + "/RemoveImGroup", ReplyAction = "*")]
    Task<RemoveImGroupOut> RemoveImGroupAsync(RemoveImGroupIn request);

    [OperationContract(Action = Ns.Messages + "/RemoveContactFromImList", ReplyAction = "*")]
    Task<RemoveContactFromImListOut> RemoveContactFromImListAsync(RemoveContactFromImListIn request);
}

public static class Ns
{
    public const string Messages = "http://schemas.microsoft.com/exchange/services/2006/messages";
    public const string Types = "http://schemas.microsoft.com/exchange/services/2006/types";
}

[XmlType(Namespace = Ns.Types)]
public class RequestServerVersion
{
    [XmlAttribute]
    public string Version { get; set; } = "Exchange2013";
}

[XmlType(Namespace = Ns.Types)]
public class ServerVersionInfo
{
    [XmlAttribute]
    public int MajorVersion { get; set; }

    [XmlAttribute]
    public string? Version { get; set; }
}

[XmlType(Namespace = Ns.Types)]
public class ItemId
{
    [XmlAttribute]
    public string Id { get; set; } = string.Empty;

    [XmlAttribute]
    public string? ChangeKey { get; set; }
}

[XmlType(Namespace = Ns.Types)]
public class ImGroup
{
    public string DisplayName { get; set; } = string.Empty;

    public string GroupType { get; set; } = string.Empty;

    public ItemId? ExchangeStoreId { get; set; }

    [XmlArray]
    [XmlArrayItem("ItemId")]
    public ItemId[]? MemberCorrelationKey { get; set; }
}

[XmlType(Namespace = Ns.Types)]
public class Attribution
{
    public string Id { get; set; } = string.Empty;

    public ItemId SourceId { get; set; } = new();
}

/// <summary>
/// The parts of a persona this client reads; the serializer passes over the rest. No member has an order, so the
/// serializer accepts the parts wherever they stand among the ones it does not know.
/// </summary>
[XmlType(Namespace = Ns.Types)]
public class Persona
{
    public ItemId PersonaId { get; set; } = new();

    public string? DisplayName { get; set; }

    public string? ImAddress { get; set; }

    [XmlArray]
    [XmlArrayItem("Attribution")]
    public Attribution[]? Attributions { get; set; }
}

[XmlType(Namespace = Ns.Types)]
public class ImItemList
{
    [XmlArray]
    [XmlArrayItem("ImGroup")]
    public ImGroup[]? Groups { get; set; }

    [XmlArray]
    [XmlArrayItem("Persona")]
    public Persona[]? Personas { get; set; }
}

[XmlType(Namespace = Ns.Messages)]
public class ResponseMessage
{
    [XmlAttribute]
    public string ResponseClass { get; set; } = string.Empty;

    public string? MessageText { get; set; }

    public string? ResponseCode { get; set; }
}

[XmlType(Namespace = Ns.Messages)]
public class ImItemListMessage : ResponseMessage
{
    public ImItemList? ImItemList { get; set; }
}

[XmlType(Namespace = Ns.Messages)]
public class ImGroupMessage : ResponseMessage
{
    public ImGroup? ImGroup { get; set; }
}

[XmlType(Namespace = Ns.Messages)]
public class PersonaMessage : ResponseMessage
{
    public Persona? Persona { get; set; }
}

[XmlType(Namespace = Ns.Messages)]
public class EmptyRequest;

[XmlType(Namespace = Ns.Messages)]
public class DisplayNameRequest
{
    public string DisplayName { get; set; } = string.Empty;
}

[XmlType(Namespace = Ns.Messages)]
public class NewImContactRequest
{
    public string ImAddress { get; set; } = string.Empty;

    public string? DisplayName { get; set; }

    public ItemId? GroupId { get; set; }
}

[XmlType(Namespace = Ns.Messages)]
public class ContactAndGroupRequest
{
    public ItemId ContactId { get; set; } = new();

    public ItemId? GroupId { get; set; }
}

[XmlType(Namespace = Ns.Messages)]
public class RenameGroupRequest
{
    public ItemId GroupId { get; set; } = new();

    public string NewDisplayName { get; set; } = string.Empty;
}

[XmlType(Namespace = Ns.Messages)]
public class GroupRequest
{
    public ItemId GroupId { get; set; } = new();
}

[XmlType(Namespace = Ns.Messages)]
public class ContactRequest
{
    public ItemId ContactId { get; set; } = new();
}

[MessageContract(IsWrapped = false)]
public abstract class EwsIn
{
    [MessageHeader(Namespace = Ns.Types)]
    public RequestServerVersion RequestServerVersion { get; set; } = new();
}

[MessageContract(IsWrapped = false)]
public abstract class EwsOut
{
    [MessageHeader(Namespace = Ns.Types)]
    public ServerVersionInfo? ServerVersionInfo { get; set; }
}

[MessageContract(IsWrapped = false)]
public class GetImItemListIn : EwsIn
{
    [MessageBodyMember(Namespace = Ns.Messages)]
    public EmptyRequest GetImItemList { get; set; } = new();
}

[MessageContract(IsWrapped = false)]
public class GetImItemListOut : EwsOut
{
    [MessageBodyMember(Namespace = Ns.Messages)]
    public ImItemListMessage? GetImItemListResponse { get; set; }
}

[MessageContract(IsWrapped = false)]
public class AddImGroupIn : EwsIn
{
    [MessageBodyMember(Namespace = Ns.Messages)]
    public DisplayNameRequest AddImGroup { get; set; } = new();
}

[MessageContract(IsWrapped = false)]
public class AddImGroupOut : EwsOut
{
    [MessageBodyMember(Namespace = Ns.Messages)]
    public ImGroupMessage? AddImGroupResponse { get; set; }
}

[MessageContract(IsWrapped = false)]
public class AddNewImContactToGroupIn : EwsIn
{
    [MessageBodyMember(Namespace = Ns.Messages)]
    public NewImContactRequest AddNewImContactToGroup { get; set; } = new();
}

[MessageContract(IsWrapped = false)]
public class AddNewImContactToGroupOut : EwsOut
{
    [MessageBodyMember(Namespace = Ns.Messages)]
    public PersonaMessage? AddNewImContactToGroupResponse { get; set; }
}

[MessageContract(IsWrapped = false)]
public class AddImContactToGroupIn : EwsIn
{
    [MessageBodyMember(Namespace = Ns.Messages)]
    public ContactAndGroupRequest AddImContactToGroup { get; set; } = new();
}

[MessageContract(IsWrapped = false)]
public class SetImGroupIn : EwsIn
{
    [MessageBodyMember(Namespace = Ns.Messages)]
    public RenameGroupRequest SetImGroup { get; set; } = new();
}

[MessageContract(IsWrapped = false)]
public class RemoveImContactFromGroupIn : EwsIn
{
    [MessageBodyMember(Namespace = Ns.Messages)]
    public ContactAndGroupRequest RemoveImContactFromGroup { get; set; } = new();
}

[MessageContract(IsWrapped = false)]
public class RemoveImGroupIn : EwsIn
{
    [MessageBodyMember(Namespace = Ns.Messages)]
    public GroupRequest RemoveImGroup { get; set; } = new();
}

[MessageContract(IsWrapped = false)]
public class RemoveContactFromImListIn : EwsIn
{
    [MessageBodyMember(Namespace = Ns.Messages)]
    public ContactRequest RemoveContactFromImList { get; set; } = new();
}

[MessageContract(IsWrapped = false)]
public class AddImContactToGroupOut : EwsOut
{
    [MessageBodyMember(Namespace = Ns.Messages)]
    public ResponseMessage? AddImContactToGroupResponse { get; set; }
}

[MessageContract(IsWrapped = false)]
public class SetImGroupOut : EwsOut
{
    [MessageBodyMember(Namespace = Ns.Messages)]
    public ResponseMessage? SetImGroupResponse { get; set; }
}

[MessageContract(IsWrapped = false)]
public class RemoveImContactFromGroupOut : EwsOut
{
    [MessageBodyMember(Namespace = Ns.Messages)]
    public ResponseMessage? RemoveImContactFromGroupResponse { get; set; }
}

[MessageContract(IsWrapped = false)]
public class RemoveImGroupOut : EwsOut
{
    [MessageBodyMember(Namespace = Ns.Messages)]
    public ResponseMessage? RemoveImGroupResponse { get; set; }
}

[MessageContract(IsWrapped = false)]
public class RemoveContactFromImListOut : EwsOut
{
    [MessageBodyMember(Namespace = Ns.Messages)]
    public ResponseMessage? RemoveContactFromImListResponse { get; set; }
}
