using System.ServiceModel;
using System.Xml.Serialization;
using Ews.ImGroups.Host.Common;

namespace Ews.ImGroups.Host.Soap.Contracts;

[XmlType(Namespace = EwsNamespaces.Messages)]
public sealed class AddImGroupType
{
    public string DisplayName { get; set; } = string.Empty;
}

[XmlType(Namespace = EwsNamespaces.Messages)]
public sealed class AddImGroupResponseMessageType : ResponseMessageType
{
    [XmlElement(Order = 3)]
    public ImGroupType? ImGroup { get; init; }
}

[MessageContract(IsWrapped = false)]
public sealed class AddImGroupRequest
{
    [MessageBodyMember(Namespace = EwsNamespaces.Messages)]
    public AddImGroupType AddImGroup { get; set; } = new();
}

[MessageContract(IsWrapped = false)]
public sealed class AddImGroupResponse
{
    [MessageBodyMember(Name = "AddImGroupResponse", Namespace = EwsNamespaces.Messages)]
    public AddImGroupResponseMessageType Body { get; init; } = new();
}
