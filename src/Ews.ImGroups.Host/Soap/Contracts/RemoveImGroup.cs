using System.ServiceModel;
using System.Xml.Serialization;
using Ews.ImGroups.Host.Common;

namespace Ews.ImGroups.Host.Soap.Contracts;

[XmlType(Namespace = EwsNamespaces.Messages)]
public sealed class RemoveImGroupType
{
    public ItemIdType GroupId { get; set; } = new();
}

[XmlType(Namespace = EwsNamespaces.Messages)]
public sealed class RemoveImGroupResponseMessageType : ResponseMessageType;

[MessageContract(IsWrapped = false)]
public sealed class RemoveImGroupRequest
{
    [MessageBodyMember(Namespace = EwsNamespaces.Messages)]
    public RemoveImGroupType RemoveImGroup { get; set; } = new();
}

[MessageContract(IsWrapped = false)]
public sealed class RemoveImGroupResponse
{
    [MessageBodyMember(Name = "RemoveImGroupResponse", Namespace = EwsNamespaces.Messages)]
    public RemoveImGroupResponseMessageType Body { get; init; } = new();
}
