using System.ServiceModel;
using System.Xml.Serialization;
using Ews.ImGroups.Host.Common;

namespace Ews.ImGroups.Host.Soap.Contracts;

[XmlType(Namespace = EwsNamespaces.Messages)]
public sealed class RemoveImContactFromGroupType
{
    [XmlElement(Order = 0)]
    public ItemIdType ContactId { get; set; } = new();

    [XmlElement(Order = 1)]
    public ItemIdType GroupId { get; set; } = new();
}

[XmlType(Namespace = EwsNamespaces.Messages)]
public sealed class RemoveImContactFromGroupResponseMessageType : ResponseMessageType;

[MessageContract(IsWrapped = false)]
public sealed class RemoveImContactFromGroupRequest
{
    [MessageBodyMember(Namespace = EwsNamespaces.Messages)]
    public RemoveImContactFromGroupType RemoveImContactFromGroup { get; set; } = new();
}

[MessageContract(IsWrapped = false)]
public sealed class RemoveImContactFromGroupResponse
{
    [MessageBodyMember(Name = "RemoveImContactFromGroupResponse", Namespace = EwsNamespaces.Messages)]
    public RemoveImContactFromGroupResponseMessageType Body { get; init; } = new();
}
