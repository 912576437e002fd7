using System.Xml.Serialization;
using Ews.ImGroups.Host.Common;

namespace Ews.ImGroups.Host.Soap.Contracts;

[XmlType(Namespace = EwsNamespaces.Types)]
public sealed class ItemIdType
{
    [XmlAttribute]
    public string Id { get; set; } = string.Empty;

    [XmlAttribute]
    public string? ChangeKey { get; set; }
}
