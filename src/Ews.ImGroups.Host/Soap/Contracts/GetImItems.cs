using System.ServiceModel;
using System.Xml.Serialization;
using Ews.ImGroups.Host.Common;

namespace Ews.ImGroups.Host.Soap.Contracts;

[XmlType(Namespace = EwsNamespaces.Messages)]
public sealed class GetImItemsType
{
    [XmlArray(Order = 0)]
    [XmlArrayItem("ItemId", Namespace = EwsNamespaces.Types)]
    public List<ItemIdType>? ContactIds { get; set; }

    [XmlArray(Order = 1)]
    [XmlArrayItem("ItemId", Namespace = EwsNamespaces.Types)]
    public List<ItemIdType>? GroupIds { get; set; }

    [XmlArray(Order = 2)]
    [XmlArrayItem("ExtendedProperty", Namespace = EwsNamespaces.Types)]
    public List<ExtendedFieldUriType>? ExtendedProperties { get; set; }
}

/// <summary><c>t:PathToExtendedFieldType</c>: the attributes that name an extended property.</summary>
[XmlType(Namespace = EwsNamespaces.Types)]
public sealed class ExtendedFieldUriType
{
    [XmlAttribute]
    public string? PropertyTag { get; set; }

    [XmlAttribute]
    public string? PropertyType { get; set; }
}

[XmlType(Namespace = EwsNamespaces.Messages)]
public sealed class GetImItemsResponseMessageType : ResponseMessageType
{
    [XmlElement(Order = 3)]
    public ImItemListType? ImItemList { get; init; }
}

[MessageContract(IsWrapped = false)]
public sealed class GetImItemsRequest
{
    [MessageBodyMember(Namespace = EwsNamespaces.Messages)]
    public GetImItemsType GetImItems { get; set; } = new();
}

[MessageContract(IsWrapped = false)]
public sealed class GetImItemsResponse
{
    [MessageBodyMember(Name = "GetImItemsResponse", Namespace = EwsNamespaces.Messages)]
    public GetImItemsResponseMessageType Body { get; init; } = new();
}
