using System.Xml.Serialization;
using Ews.ImGroups.Host.Common;

namespace Ews.ImGroups.Host.Soap.Contracts;

[XmlType(Namespace = EwsNamespaces.Types)]
public sealed class ImItemListType
{
    [XmlArray(Order = 0)]
    [XmlArrayItem("ImGroup")]
    public List<ImGroupType> Groups { get; init; } = [];

    [XmlArray(Order = 1)]
    [XmlArrayItem("Persona")]
    public List<PersonaContract> Personas { get; init; } = [];
}
