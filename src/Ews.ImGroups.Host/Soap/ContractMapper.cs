using System.Buffers;
using System.Xml;
using Ews.ImGroups.Domain.Ids;
using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Host.Soap.Contracts;

namespace Ews.ImGroups.Host.Soap;

/// <summary>
/// Shows domain records as EWS contract types: ids and change keys, groups and personas; lists it writes straight to
/// the response, element for element as the contract types would be serialized.
/// </summary>
public sealed class ContractMapper(ItemIdCodec ids, PersonaWriter personas)
{
    public ItemIdType ItemId(ItemKey key, int version) => new()
    {
        Id = ids.EncodeId(key),
        ChangeKey = ItemIdCodec.EncodeChangeKey(key.Kind, version),
    };

    public ImGroupType Group(ImGroup group) => new()
    {
        DisplayName = group.DisplayName,
        GroupType = group.GroupType,
        ExchangeStoreId = ItemId(group.Key, group.Version),
    };

    /// <summary>The GUID of the mailbox an id names, whichever mailbox that is; null for an id this server did not issue.</summary>
    public Guid? MailboxGuidOf(string? id) => ids.TryDecodeId(id, out var key) == IdDecodeStatus.Ok ? ids.MailboxGuid(key.MailboxId) : null;

    /// <summary>A list, written as the serializer would write the groups and personas of its contract types.</summary>
    /// <param name="extendedFields">The extended properties asked for, shown on every group and persona.</param>
    public ImItemListType List(ImItemList list, IReadOnlyList<ExtendedField> extendedFields) => new(writer => WriteList(writer, list, extendedFields));

    /// <summary>A persona as it stands alone in an answer.</summary>
    public PersonaType Persona(ImPersona persona) => new(writer =>
    {
        var text = ArrayPool<char>.Shared.Rent(PersonaWriter.CreationTimeLength);
        try
        {
            personas.Write(writer, persona, ExtendedField.None, text);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(text);
        }
    });

    private void WriteList(XmlWriter writer, ImItemList list, IReadOnlyList<ExtendedField> extendedFields)
    {
        var text = ArrayPool<char>.Shared.Rent(PersonaWriter.CreationTimeLength);
        try
        {
            writer.WriteStartElement("Groups", EwsNamespaces.Types);
            foreach (var listed in list.Groups)
            {
                WriteGroup(writer, listed, extendedFields);
            }

            writer.WriteEndElement();
            writer.WriteStartElement("Personas", EwsNamespaces.Types);
            foreach (var persona in list.Personas)
            {
                writer.WriteStartElement("Persona", EwsNamespaces.Types);
                personas.Write(writer, persona, extendedFields, text);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(text);
        }
    }

    private void WriteGroup(XmlWriter writer, ListedGroup listed, IReadOnlyList<ExtendedField> extendedFields)
    {
        var group = listed.Group;
        writer.WriteStartElement("ImGroup", EwsNamespaces.Types);
        writer.WriteElementString("DisplayName", EwsNamespaces.Types, group.DisplayName);
        writer.WriteElementString("GroupType", EwsNamespaces.Types, group.GroupType);
        WriteItemId(writer, "ExchangeStoreId", ids.EncodeId(group.Key), ItemIdCodec.EncodeChangeKey(ItemKind.Group, group.Version));

        // Left out when the group has no members, as the schema wants it non-empty.
        if (listed.Members.Count > 0)
        {
            writer.WriteStartElement("MemberCorrelationKey", EwsNamespaces.Types);
            foreach (var member in listed.Members)
            {
                var key = new ItemKey(ItemKind.Contact, group.MailboxId, member.ContactNumber);
                WriteItemId(writer, "ItemId", ids.EncodeId(key), ItemIdCodec.EncodeChangeKey(ItemKind.Contact, member.Version));
            }

            writer.WriteEndElement();
        }

        PersonaWriter.WriteGroupExtendedProperties(writer, group, extendedFields);
        if (group.SmtpAddress is not null)
        {
            writer.WriteElementString("SmtpAddress", EwsNamespaces.Types, group.SmtpAddress);
        }

        writer.WriteEndElement();
    }

    private static void WriteItemId(XmlWriter writer, string name, string id, string changeKey)
    {
        writer.WriteStartElement(name, EwsNamespaces.Types);
        writer.WriteAttributeString("Id", id);
        writer.WriteAttributeString("ChangeKey", changeKey);
        writer.WriteEndElement();
    }
}
