using System.Xml.Serialization;
using Ews.ImGroups.Host.Common;

namespace Ews.ImGroups.Host.Soap.Contracts;

/// <summary>The parts of <c>t:PersonaType</c> this server fills, in schema order.</summary>
[XmlType("PersonaType", Namespace = EwsNamespaces.Types)]
public sealed record PersonaContract
{
    [XmlElement(Order = 0)]
    public ItemIdType PersonaId { get; init; } = new();

    [XmlElement(Order = 1)]
    public string PersonaType { get; init; } = "Person";

    /// <summary>Written as text so the format is exactly <c>yyyy-MM-ddTHH:mm:ssZ</c>, as Exchange writes it.</summary>
    [XmlElement(Order = 2)]
    public string? CreationTime { get; init; }

    [XmlElement(Order = 3)]
    public string? DisplayName { get; init; }

    [XmlElement(Order = 4)]
    public string? DisplayNameFirstLast { get; init; }

    [XmlElement(Order = 5)]
    public string? DisplayNameLastFirst { get; init; }

    [XmlElement(Order = 6)]
    public string? FileAs { get; init; }

    [XmlElement(Order = 7)]
    public string? FileAsId { get; init; }

    [XmlElement(Order = 8)]
    public string? GivenName { get; init; }

    [XmlElement(Order = 9)]
    public string? Surname { get; init; }

    [XmlElement(Order = 10)]
    public EmailAddressType? EmailAddress { get; init; }

    [XmlArray(Order = 11)]
    [XmlArrayItem("Address")]
    public List<EmailAddressType>? EmailAddresses { get; init; }

    [XmlElement(Order = 12)]
    public string? ImAddress { get; init; }

    [XmlElement(Order = 13)]
    public int? RelevanceScore { get; init; }

    public bool ShouldSerializeRelevanceScore() => RelevanceScore.HasValue;

    [XmlArray(Order = 14)]
    [XmlArrayItem("Attribution")]
    public List<PersonaAttributionType> Attributions { get; init; } = [];
}

[XmlType(Namespace = EwsNamespaces.Types)]
public sealed class EmailAddressType
{
    [XmlElement(Order = 0)]
    public string? Name { get; init; }

    [XmlElement(Order = 1)]
    public string? EmailAddress { get; init; }

    [XmlElement(Order = 2)]
    public string? RoutingType { get; init; }
}

[XmlType(Namespace = EwsNamespaces.Types)]
public sealed class PersonaAttributionType
{
    [XmlElement(Order = 0)]
    public string Id { get; init; } = "0";

    [XmlElement(Order = 1)]
    public ItemIdType SourceId { get; init; } = new();

    [XmlElement(Order = 2)]
    public string DisplayName { get; init; } = string.Empty;

    [XmlElement(Order = 3)]
    public bool IsWritable { get; init; }

    [XmlElement(Order = 4)]
    public bool IsQuickContact { get; init; }

    [XmlElement(Order = 5)]
    public bool IsHidden { get; init; }
}
