using System.Xml.Serialization;
using Ews.ImGroups.Host.Common;

namespace Ews.ImGroups.Host.Soap.Contracts;

/// <summary>The fields every EWS response message starts with; a success carries only the code.</summary>
[XmlType(Namespace = EwsNamespaces.Messages)]
public abstract class ResponseMessageType
{
    [XmlAttribute]
    public string ResponseClass { get; init; } = ResponseClasses.Success;

    [XmlElement(Order = 0)]
    public string? MessageText { get; init; }

    [XmlElement(Order = 1)]
    public string ResponseCode { get; init; } = ResponseCodes.NoError;

    [XmlElement(Order = 2)]
    public int? DescriptiveLinkKey { get; init; }

    /// <summary>Details of an error, when the error has any.</summary>
    [XmlElement(Order = 3)]
    public MessageXmlType? MessageXml { get; init; }

    public bool ShouldSerializeDescriptiveLinkKey() => DescriptiveLinkKey.HasValue;
}
