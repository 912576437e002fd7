using System.ServiceModel;
using System.Xml.Serialization;
using Ews.ImGroups.Host.Common;

namespace Ews.ImGroups.Host.Soap.Contracts;

[XmlType(Namespace = EwsNamespaces.Messages)]
public sealed class GetImItemListType;

[XmlType(Namespace = EwsNamespaces.Messages)]
public sealed class GetImItemListResponseMessageType : ResponseMessageType
{
    [XmlElement(Order = 3)]
    public ImItemListType? ImItemList { get; init; }
}

[MessageContract(IsWrapped = false)]
public sealed class GetImItemListRequest
{
    [MessageBodyMember(Namespace = EwsNamespaces.Messages)]
    public GetImItemListType GetImItemList { get; set; } = new();
}

[MessageContract(IsWrapped = false)]
public sealed class GetImItemListResponse
{
    [MessageBodyMember(Name = "GetImItemListResponse", Namespace = EwsNamespaces.Messages)]
    public GetImItemListResponseMessageType Body { get; init; } = new();
}
