using System.ServiceModel;
using System.Xml.Serialization;
using Ews.ImGroups.Host.Common;

namespace Ews.ImGroups.Host.Soap.Contracts;

[XmlType(Namespace = EwsNamespaces.Messages)]
public sealed class RemoveDistributionGroupFromImListType
{
    public ItemIdType GroupId { get; set; } = new();
}

[XmlType(Namespace = EwsNamespaces.Messages)]
public sealed class RemoveDistributionGroupFromImListResponseMessageType : ResponseMessageType;

[MessageContract(IsWrapped = false)]
public sealed class RemoveDistributionGroupFromImListRequest
{
    [MessageBodyMember(Namespace = EwsNamespaces.Messages)]
    public RemoveDistributionGroupFromImListType RemoveDistributionGroupFromImList { get; set; } = new();
}

[MessageContract(IsWrapped = false)]
public sealed class RemoveDistributionGroupFromImListResponse
{
    [MessageBodyMember(Name = "RemoveDistributionGroupFromImListResponse", Namespace = EwsNamespaces.Messages)]
    public RemoveDistributionGroupFromImListResponseMessageType Body { get; init; } = new();
}
