using System.Xml.Serialization;
using Ews.ImGroups.Host.Common;

namespace Ews.ImGroups.Host.Soap.Contracts;

/// <summary>
/// An IM group as the wire shows it when one is added: without members, which only a list shows, and without a
/// distribution group's address, which Exchange leaves out there too.
/// </summary>
[XmlType(Namespace = EwsNamespaces.Types)]
public sealed class ImGroupType
{
    [XmlElement(Order = 0)]
    public string DisplayName { get; init; } = string.Empty;

    [XmlElement(Order = 1)]
    public string GroupType { get; init; } = string.Empty;

    [XmlElement(Order = 2)]
    public ItemIdType? ExchangeStoreId { get; init; }
}
