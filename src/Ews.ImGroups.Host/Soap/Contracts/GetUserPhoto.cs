using System.ServiceModel;
using System.Xml.Serialization;
using Ews.ImGroups.Host.Common;

namespace Ews.ImGroups.Host.Soap.Contracts;

[XmlType(Namespace = EwsNamespaces.Messages)]
public sealed class GetUserPhotoType
{
    [XmlElement(Order = 0)]
    public string Email { get; set; } = string.Empty;

    /// <summary>One of <c>t:UserPhotoSizeType</c>'s values; the gate's schema check has made sure of that.</summary>
    [XmlElement(Order = 1)]
    public string SizeRequested { get; set; } = string.Empty;

    [XmlElement(Order = 2)]
    public string? TypeRequested { get; set; }
}

[XmlType(Namespace = EwsNamespaces.Messages)]
public sealed class GetUserPhotoResponseMessageType : ResponseMessageType
{
    [XmlElement(Order = 3)]
    public bool HasChanged { get; init; }

    /// <summary>The photo's bytes, written in base64; left out when the client's copy is current or there is no photo.</summary>
    [XmlElement(Order = 4)]
    public byte[]? PictureData { get; init; }
}

[MessageContract(IsWrapped = false)]
public sealed class GetUserPhotoRequest
{
    [MessageBodyMember(Namespace = EwsNamespaces.Messages)]
    public GetUserPhotoType GetUserPhoto { get; set; } = new();
}

[MessageContract(IsWrapped = false)]
public sealed class GetUserPhotoResponse
{
    [MessageBodyMember(Name = "GetUserPhotoResponse", Namespace = EwsNamespaces.Messages)]
    public GetUserPhotoResponseMessageType Body { get; init; } = new();
}
