using System.ServiceModel;
using System.Xml.Serialization;
using Ews.ImGroups.Host.Common;

namespace Ews.ImGroups.Host.Soap.Contracts;

[XmlType(Namespace = EwsNamespaces.Messages)]
public sealed class AddNewImContactToGroupType
{
    [XmlElement(Order = 0)]
    public string ImAddress { get; set; } = string.Empty;

    [XmlElement(Order = 1)]
    public string? DisplayName { get; set; }

    [XmlElement(Order = 2)]
    public ItemIdType? GroupId { get; set; }
}

[XmlType(Namespace = EwsNamespaces.Messages)]
public sealed class AddNewImContactToGroupResponseMessageType : ResponseMessageType
{
    [XmlElement(Order = 3)]
    public PersonaType? Persona { get; init; }
}

[MessageContract(IsWrapped = false)]
public sealed class AddNewImContactToGroupRequest
{
    [MessageBodyMember(Namespace = EwsNamespaces.Messages)]
    public AddNewImContactToGroupType AddNewImContactToGroup { get; set; } = new();
}

[MessageContract(IsWrapped = false)]
public sealed class AddNewImContactToGroupResponse
{
    [MessageBodyMember(Name = "AddNewImContactToGroupResponse", Namespace = EwsNamespaces.Messages)]
    public AddNewImContactToGroupResponseMessageType Body { get; init; } = new();
}
