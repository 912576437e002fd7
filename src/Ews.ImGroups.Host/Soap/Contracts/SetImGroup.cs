using System.ServiceModel;
using System.Xml.Serialization;
using Ews.ImGroups.Host.Common;

namespace Ews.ImGroups.Host.Soap.Contracts;

[XmlType(Namespace = EwsNamespaces.Messages)]
public sealed class SetImGroupType
{
    [XmlElement(Order = 0)]
    public ItemIdType GroupId { get; set; } = new();

    [XmlElement(Order = 1)]
    public string NewDisplayName { get; set; } = string.Empty;
}

[XmlType(Namespace = EwsNamespaces.Messages)]
public sealed class SetImGroupResponseMessageType : ResponseMessageType;

[MessageContract(IsWrapped = false)]
public sealed class SetImGroupRequest
{
    [MessageBodyMember(Namespace = EwsNamespaces.Messages)]
    public SetImGroupType SetImGroup { get; set; } = new();
}

[MessageContract(IsWrapped = false)]
public sealed class SetImGroupResponse
{
    [MessageBodyMember(Name = "SetImGroupResponse", Namespace = EwsNamespaces.Messages)]
    public SetImGroupResponseMessageType Body { get; init; } = new();
}
