using System.ServiceModel;
using System.Xml.Serialization;
using Ews.ImGroups.Host.Common;

namespace Ews.ImGroups.Host.Soap.Contracts;

[XmlType(Namespace = EwsNamespaces.Messages)]
public sealed class AddDistributionGroupToImListType
{
    [XmlElement(Order = 0)]
    public string SmtpAddress { get; set; } = string.Empty;

    [XmlElement(Order = 1)]
    public string DisplayName { get; set; } = string.Empty;
}

[XmlType(Namespace = EwsNamespaces.Messages)]
public sealed class AddDistributionGroupToImListResponseMessageType : ResponseMessageType
{
    [XmlElement(Order = 3)]
    public ImGroupType? ImGroup { get; init; }
}

[MessageContract(IsWrapped = false)]
public sealed class AddDistributionGroupToImListRequest
{
    [MessageBodyMember(Namespace = EwsNamespaces.Messages)]
    public AddDistributionGroupToImListType AddDistributionGroupToImList { get; set; } = new();
}

[MessageContract(IsWrapped = false)]
public sealed class AddDistributionGroupToImListResponse
{
    [MessageBodyMember(Name = "AddDistributionGroupToImListResponse", Namespace = EwsNamespaces.Messages)]
    public AddDistributionGroupToImListResponseMessageType Body { get; init; } = new();
}
