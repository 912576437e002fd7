using System.ServiceModel;
using System.Xml;
using System.Xml.Serialization;
using Ews.ImGroups.Host.Common;

namespace Ews.ImGroups.Host.Soap.Contracts;

/// <summary>
/// <c>m:FindPeopleType</c>, the parts this server reads. The shape and sort order are accepted and not applied; the
/// restrictions are read only to refuse them. The elements after <c>QueryString</c> are passed over.
/// </summary>
[XmlType(Namespace = EwsNamespaces.Messages)]
public sealed class FindPeopleType
{
    [XmlElement(Order = 0)]
    public XmlElement? PersonaShape { get; set; }

    [XmlElement(Order = 1)]
    public IndexedPageViewType IndexedPageItemView { get; set; } = new();

    [XmlElement(Order = 2)]
    public XmlElement? Restriction { get; set; }

    [XmlElement(Order = 3)]
    public XmlElement? AggregationRestriction { get; set; }

    [XmlElement(Order = 4)]
    public XmlElement? SortOrder { get; set; }

    [XmlElement(Order = 5)]
    public TargetFolderIdType? ParentFolderId { get; set; }

    [XmlElement(Order = 6)]
    public string? QueryString { get; set; }
}

/// <summary><c>t:IndexedPageViewType</c>.</summary>
[XmlType(Namespace = EwsNamespaces.Types)]
public sealed class IndexedPageViewType
{
    [XmlAttribute]
    public int MaxEntriesReturned { get; set; }

    [XmlIgnore]
    public bool MaxEntriesReturnedSpecified { get; set; }

    [XmlAttribute]
    public int Offset { get; set; }

    [XmlAttribute]
    public string BasePoint { get; set; } = "Beginning";
}

/// <summary><c>t:TargetFolderIdType</c>: one of its three choices.</summary>
[XmlType(Namespace = EwsNamespaces.Types)]
public sealed class TargetFolderIdType
{
    [XmlElement(Order = 0)]
    public ItemIdType? FolderId { get; set; }

    [XmlElement(Order = 1)]
    public DistinguishedFolderIdType? DistinguishedFolderId { get; set; }

    [XmlElement(Order = 2)]
    public AddressListIdType? AddressListId { get; set; }
}

[XmlType(Namespace = EwsNamespaces.Types)]
public sealed class DistinguishedFolderIdType
{
    [XmlElement(Order = 0)]
    public FolderMailboxType? Mailbox { get; set; }

    [XmlAttribute]
    public string Id { get; set; } = string.Empty;
}

/// <summary>The <c>t:EmailAddressType</c> naming a distinguished folder's mailbox; only its address is read.</summary>
[XmlType(Namespace = EwsNamespaces.Types)]
public sealed class FolderMailboxType
{
    [XmlElement(Order = 0)]
    public string? Name { get; set; }

    [XmlElement(Order = 1)]
    public string? EmailAddress { get; set; }
}

[XmlType(Namespace = EwsNamespaces.Types)]
public sealed class AddressListIdType
{
    [XmlAttribute]
    public string Id { get; set; } = string.Empty;
}

/// <summary><c>t:ArrayOfPeopleType</c>: the personas of one page, written straight from the search's result.</summary>
public sealed class ArrayOfPeopleType : WrittenContract
{
    public ArrayOfPeopleType()
    {
    }

    public ArrayOfPeopleType(Action<XmlWriter> write)
        : base(write)
    {
    }
}

[XmlType(Namespace = EwsNamespaces.Messages)]
public sealed class FindPeopleResponseMessageType : ResponseMessageType
{
    [XmlElement(Order = 3)]
    public ArrayOfPeopleType? People { get; init; }

    [XmlElement(Order = 4)]
    public int? TotalNumberOfPeopleInView { get; init; }

    [XmlElement(Order = 5)]
    public int? FirstMatchingRowIndex { get; init; }

    [XmlElement(Order = 6)]
    public int? FirstLoadedRowIndex { get; init; }

    public bool ShouldSerializeTotalNumberOfPeopleInView() => TotalNumberOfPeopleInView.HasValue;

    public bool ShouldSerializeFirstMatchingRowIndex() => FirstMatchingRowIndex.HasValue;

    public bool ShouldSerializeFirstLoadedRowIndex() => FirstLoadedRowIndex.HasValue;
}

[MessageContract(IsWrapped = false)]
public sealed class FindPeopleRequest
{
    [MessageBodyMember(Namespace = EwsNamespaces.Messages)]
    public FindPeopleType FindPeople { get; set; } = new();
}

[MessageContract(IsWrapped = false)]
public sealed class FindPeopleResponse
{
    [MessageBodyMember(Name = "FindPeopleResponse", Namespace = EwsNamespaces.Messages)]
    public FindPeopleResponseMessageType Body { get; init; } = new();
}
