using System.ServiceModel;
using System.Xml.Serialization;
using Ews.ImGroups.Host.Common;

namespace Ews.ImGroups.Host.Soap.Contracts;

[XmlType(Namespace = EwsNamespaces.Messages)]
public sealed class AddNewTelUriContactToGroupType
{
    [XmlElement(Order = 0)]
    public string TelUriAddress { get; set; } = string.Empty;

    [XmlElement(Order = 1)]
    public string ImContactSipUriAddress { get; set; } = string.Empty;

    [XmlElement(Order = 2)]
    public string ImTelephoneNumber { get; set; } = string.Empty;

    [XmlElement(Order = 3)]
    public ItemIdType? GroupId { get; set; }
}

[XmlType(Namespace = EwsNamespaces.Messages)]
public sealed class AddNewTelUriContactToGroupResponseMessageType : ResponseMessageType
{
    [XmlElement(Order = 3)]
    public PersonaType? Persona { get; init; }
}

[MessageContract(IsWrapped = false)]
public sealed class AddNewTelUriContactToGroupRequest
{
    [MessageBodyMember(Namespace = EwsNamespaces.Messages)]
    public AddNewTelUriContactToGroupType AddNewTelUriContactToGroup { get; set; } = new();
}

[MessageContract(IsWrapped = false)]
public sealed class AddNewTelUriContactToGroupResponse
{
    [MessageBodyMember(Name = "AddNewTelUriContactToGroupResponse", Namespace = EwsNamespaces.Messages)]
    public AddNewTelUriContactToGroupResponseMessageType Body { get; init; } = new();
}
