using System.Buffers;
using System.Globalization;
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
public sealed class ContractMapper(ItemIdCodec ids)
{
    /// <summary>What Exchange reports for a persona that was not ranked by a search.</summary>
    private const int UnrankedRelevance = int.MaxValue;

    /// <summary>Exactly as Exchange writes it.</summary>
    private const string CreationTimeFormat = "yyyy-MM-ddTHH:mm:ssZ";

    /// <summary>Room for a creation time in <see cref="CreationTimeFormat"/>.</summary>
    private const int CreationTimeLength = 32;

    private static readonly string UnrankedRelevanceText = UnrankedRelevance.ToString(CultureInfo.InvariantCulture);

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
        SmtpAddress = group.SmtpAddress,
    };

    /// <summary>A list, written as the serializer would write the groups and personas of its contract types.</summary>
    public ImItemListType List(ImItemList list) => new(writer => WriteList(writer, list));

    /// <summary>A contact as a persona, as it stands alone in an answer.</summary>
    public PersonaType Persona(ImContact contact) => new(writer =>
    {
        var text = ArrayPool<char>.Shared.Rent(CreationTimeLength);
        try
        {
            WritePersonaContent(writer, contact, text);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(text);
        }
    });

    private void WriteList(XmlWriter writer, ImItemList list)
    {
        // Room for a creation time, so that formatting one allocates nothing.
        var text = ArrayPool<char>.Shared.Rent(CreationTimeLength);
        try
        {
            writer.WriteStartElement("Groups", EwsNamespaces.Types);
            foreach (var listed in list.Groups)
            {
                WriteGroup(writer, listed);
            }

            writer.WriteEndElement();
            writer.WriteStartElement("Personas", EwsNamespaces.Types);
            foreach (var contact in list.Personas)
            {
                writer.WriteStartElement("Persona", EwsNamespaces.Types);
                WritePersonaContent(writer, contact, text);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(text);
        }
    }

    private void WriteGroup(XmlWriter writer, ListedGroup listed)
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

        WriteOptional(writer, "SmtpAddress", group.SmtpAddress);
        writer.WriteEndElement();
    }

    /// <summary>
    /// A contact as a persona's children. Telephone contacts show their number instead of a name and come from Lync's
    /// list, as in Exchange; others show their names, addresses and the contact they come from.
    /// </summary>
    private void WritePersonaContent(XmlWriter writer, ImContact contact, char[] text)
    {
        var details = contact.Details;
        var isTelephone = details.TelUriAddress is not null;
        WriteItemId(writer, "PersonaId", ids.EncodeId(contact.PersonaKey), changeKey: null);
        writer.WriteElementString("PersonaType", EwsNamespaces.Types, "Person");
        contact.CreatedAt.UtcDateTime.TryFormat(text, out var length, CreationTimeFormat, CultureInfo.InvariantCulture);
        writer.WriteStartElement("CreationTime", EwsNamespaces.Types);
        writer.WriteChars(text, 0, length);
        writer.WriteEndElement();
        if (isTelephone)
        {
            writer.WriteElementString("DisplayName", EwsNamespaces.Types, string.Empty);
            WriteOptional(writer, "DisplayNameFirstLast", details.ImTelephoneNumber);
            WriteOptional(writer, "DisplayNameLastFirst", details.ImTelephoneNumber);
            writer.WriteElementString("FileAs", EwsNamespaces.Types, string.Empty);
            writer.WriteElementString("FileAsId", EwsNamespaces.Types, "None");
        }
        else
        {
            WriteNames(writer, details);
            WriteEmailAddress(writer, "EmailAddress", details);
            if (details.EmailAddress is not null)
            {
                writer.WriteStartElement("EmailAddresses", EwsNamespaces.Types);
                WriteEmailAddress(writer, "Address", details);
                writer.WriteEndElement();
            }

            WriteOptional(writer, "ImAddress", details.ImAddress);
        }

        writer.WriteElementString("RelevanceScore", EwsNamespaces.Types, UnrankedRelevanceText);
        writer.WriteStartElement("Attributions", EwsNamespaces.Types);
        writer.WriteStartElement("Attribution", EwsNamespaces.Types);
        writer.WriteElementString("Id", EwsNamespaces.Types, "0");
        WriteItemId(writer, "SourceId", ids.EncodeId(contact.Key), ItemIdCodec.EncodeChangeKey(ItemKind.Contact, contact.Version));
        writer.WriteElementString("DisplayName", EwsNamespaces.Types, isTelephone ? "Lync Contacts" : "Outlook");
        writer.WriteElementString("IsWritable", EwsNamespaces.Types, isTelephone ? "false" : "true");
        writer.WriteElementString("IsQuickContact", EwsNamespaces.Types, "true");
        writer.WriteElementString("IsHidden", EwsNamespaces.Types, "false");
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>The names of a person, joined piece by piece on the writer rather than into new strings.</summary>
    private static void WriteNames(XmlWriter writer, ContactDetails details)
    {
        var hasFullName = !string.IsNullOrEmpty(details.GivenName) && !string.IsNullOrEmpty(details.Surname);
        writer.WriteElementString("DisplayName", EwsNamespaces.Types, details.DisplayName);
        if (!hasFullName)
        {
            writer.WriteElementString("DisplayNameFirstLast", EwsNamespaces.Types, details.DisplayName);
            writer.WriteElementString("DisplayNameLastFirst", EwsNamespaces.Types, details.DisplayName);
            writer.WriteElementString("FileAsId", EwsNamespaces.Types, "None");
            WriteOptional(writer, "GivenName", details.GivenName);
            WriteOptional(writer, "Surname", details.Surname);
            return;
        }

        WriteJoined(writer, "DisplayNameFirstLast", details.GivenName!, " ", details.Surname!);
        WriteJoined(writer, "DisplayNameLastFirst", details.Surname!, " ", details.GivenName!);
        WriteJoined(writer, "FileAs", details.Surname!, ", ", details.GivenName!);
        writer.WriteElementString("FileAsId", EwsNamespaces.Types, "LastCommaFirst");
        writer.WriteElementString("GivenName", EwsNamespaces.Types, details.GivenName);
        writer.WriteElementString("Surname", EwsNamespaces.Types, details.Surname);
    }

    private static void WriteJoined(XmlWriter writer, string name, string first, string separator, string second)
    {
        writer.WriteStartElement(name, EwsNamespaces.Types);
        writer.WriteString(first);
        writer.WriteString(separator);
        writer.WriteString(second);
        writer.WriteEndElement();
    }

    private static void WriteEmailAddress(XmlWriter writer, string name, ContactDetails details)
    {
        if (details.EmailAddress is null)
        {
            return;
        }

        writer.WriteStartElement(name, EwsNamespaces.Types);
        writer.WriteElementString("Name", EwsNamespaces.Types, details.DisplayName);
        writer.WriteElementString("EmailAddress", EwsNamespaces.Types, details.EmailAddress);
        writer.WriteElementString("RoutingType", EwsNamespaces.Types, "SMTP");
        writer.WriteEndElement();
    }

    private static void WriteItemId(XmlWriter writer, string name, string id, string? changeKey)
    {
        writer.WriteStartElement(name, EwsNamespaces.Types);
        writer.WriteAttributeString("Id", id);
        if (changeKey is not null)
        {
            writer.WriteAttributeString("ChangeKey", changeKey);
        }

        writer.WriteEndElement();
    }

    /// <summary>Leaves the element out when there is no value, as the serializer does.</summary>
    private static void WriteOptional(XmlWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteElementString(name, EwsNamespaces.Types, value);
        }
    }
}
