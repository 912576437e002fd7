using System.ServiceModel;
using System.Xml.Serialization;
using Ews.ImGroups.Host.Common;

namespace Ews.ImGroups.Host.Soap.Contracts;

[XmlType(Namespace = EwsNamespaces.Messages)]
public sealed class RemoveContactFromImListType
{
    public ItemIdType ContactId { get; set; } = new();
}

[XmlType(Namespace = EwsNamespaces.Messages)]
public sealed class RemoveContactFromImListResponseMessageType : ResponseMessageType;

[MessageContract(IsWrapped = false)]
public sealed class RemoveContactFromImListRequest
{
    [MessageBodyMember(Namespace = EwsNamespaces.Messages)]
    public RemoveContactFromImListType RemoveContactFromImList { get; set; } = new();
}

[MessageContract(IsWrapped = false)]
public sealed class RemoveContactFromImListResponse
{
    [MessageBodyMember(Name = "RemoveContactFromImListResponse", Namespace = EwsNamespaces.Messages)]
    public RemoveContactFromImListResponseMessageType Body { get; init; } = new();
}
