using System.Xml.Serialization;

namespace Ews.ImGroups.Host.Soap.Contracts;

/// <summary>An IM group as the wire shows it; members follow in a later element that this server does not fill yet.</summary>
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
