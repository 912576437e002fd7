using System.ServiceModel;
using System.Xml.Serialization;
using Ews.ImGroups.Host.Common;

namespace Ews.ImGroups.Host.Soap.Contracts;

[XmlType(Namespace = EwsNamespaces.Messages)]
public sealed class AddImContactToGroupType
{
    [XmlElement(Order = 0)]
    public ItemIdType ContactId { get; set; } = new();

    [XmlElement(Order = 1)]
    public ItemIdType? GroupId { get; set; }
}

[XmlType(Namespace = EwsNamespaces.Messages)]
public sealed class AddImContactToGroupResponseMessageType : ResponseMessageType;

[MessageContract(IsWrapped = false)]
public sealed class AddImContactToGroupRequest
{
    [MessageBodyMember(Namespace = EwsNamespaces.Messages)]
    public AddImContactToGroupType AddImContactToGroup { get; set; } = new();
}

[MessageContract(IsWrapped = false)]
public sealed class AddImContactToGroupResponse
{
    [MessageBodyMember(Name = "AddImContactToGroupResponse", Namespace = EwsNamespaces.Messages)]
    public AddImContactToGroupResponseMessageType Body { get; init; } = new();
}
