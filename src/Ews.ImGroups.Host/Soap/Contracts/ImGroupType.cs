using System.Xml.Serialization;
using Ews.ImGroups.Host.Common;

namespace Ews.ImGroups.Host.Soap.Contracts;

/// <summary>An IM group as the wire shows it.</summary>
[XmlType(Namespace = EwsNamespaces.Types)]
public sealed class ImGroupType
{
    [XmlElement(Order = 0)]
    public string DisplayName { get; init; } = string.Empty;

    [XmlElement(Order = 1)]
    public string GroupType { get; init; } = string.Empty;

    [XmlElement(Order = 2)]
    public ItemIdType? ExchangeStoreId { get; init; }

    /// <summary>The member contacts' item ids; left out when the group has none, as the schema wants it non-empty.</summary>
    [XmlArray(Order = 3)]
    [XmlArrayItem("ItemId")]
    public List<ItemIdType>? MemberCorrelationKey { get; init; }

    [XmlElement(Order = 4)]
    public string? SmtpAddress { get; init; }
}
