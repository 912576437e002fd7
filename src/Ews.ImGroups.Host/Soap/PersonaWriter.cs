using System.Globalization;
using System.Xml;
using Ews.ImGroups.Domain.Ids;
using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Host.Common;

namespace Ews.ImGroups.Host.Soap;

/// <summary>
/// Writes a persona's children in schema order: the values shown for the person, the contacts it comes from
/// (<c>Attributions</c>), and each value again with the attributions that hold it. A single value comes from the first
/// contact that has one, the names all from the first contact.
/// </summary>
public sealed class PersonaWriter(ItemIdCodec ids)
{
    /// <summary>What Exchange reports for a persona that was not ranked by a search.</summary>
    public const string UnrankedRelevance = "2147483647";

    /// <summary>The routing type of every e-mail address a persona shows.</summary>
    public const string SmtpRoutingType = "SMTP";

    /// <summary>Room for a creation time in <see cref="CreationTimeFormat"/>: the size of the buffer <see cref="Write"/> takes.</summary>
    public const int CreationTimeLength = 32;

    /// <summary>Exactly as Exchange writes it.</summary>
    private const string CreationTimeFormat = "yyyy-MM-ddTHH:mm:ssZ";

    /// <summary>The change key Exchange shows on a contact folder's id.</summary>
    private const string FolderChangeKey = "AQAAAA==";

    private const string Types = EwsNamespaces.Types;

    /// <summary>Attribution ids as text; a persona links few contacts, and more are numbered as they come.</summary>
    private static readonly string[] AttributionIds = Enumerable.Range(0, 16).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();

    /// <param name="text">Room for a creation time, so formatting one allocates nothing.</param>
    public void Write(XmlWriter writer, ImPersona persona, IReadOnlyList<ExtendedField> extendedFields, char[] text)
    {
        var contacts = persona.Contacts;
        var primary = Shown.Of(contacts[0]);
        WriteItemId(writer, "PersonaId", ids.EncodeId(persona.Key), changeKey: null);
        writer.WriteElementString("PersonaType", Types, "Person");
        persona.CreationTime.UtcDateTime.TryFormat(text, out var length, CreationTimeFormat, CultureInfo.InvariantCulture);
        writer.WriteStartElement("CreationTime", Types);
        writer.WriteChars(text, 0, length);
        writer.WriteEndElement();
        writer.WriteElementString("DisplayName", Types, primary.DisplayName);
        writer.WriteElementString("DisplayNameFirstLast", Types, primary.FirstLast);
        writer.WriteElementString("DisplayNameLastFirst", Types, primary.LastFirst);
        WriteOptional(writer, "FileAs", primary.FileAs);
        writer.WriteElementString("FileAsId", Types, primary.FileAsId);
        WriteOptional(writer, "GivenName", primary.Contact.Details.GivenName);
        WriteOptional(writer, "Surname", primary.Contact.Details.Surname);

        var email = FirstWithEmail(contacts);
        if (email is not null)
        {
            WriteEmailAddress(writer, "EmailAddress", email);
            writer.WriteStartElement("EmailAddresses", Types);
            for (var i = 0; i < contacts.Count; i++)
            {
                if (contacts[i].LinkKey is { } key && FirstWithLink(contacts, i, key) == i)
                {
                    WriteEmailAddress(writer, "Address", contacts[i]);
                }
            }

            writer.WriteEndElement();
        }

        WriteOptional(writer, "ImAddress", FirstImAddress(contacts));
        writer.WriteElementString("RelevanceScore", Types, UnrankedRelevance);
        WriteAttributions(writer, persona);

        // Each contact's shown names, made once for the arrays below.
        var shown = new Shown[contacts.Count];
        shown[0] = primary;
        for (var i = 1; i < shown.Length; i++)
        {
            shown[i] = Shown.Of(contacts[i]);
        }

        WriteStrings(writer, "DisplayNames", shown, Field.DisplayName);
        WriteStrings(writer, "FileAses", shown, Field.FileAs);
        WriteStrings(writer, "FileAsIds", shown, Field.FileAsId);
        WriteStrings(writer, "GivenNames", shown, Field.GivenName);
        WriteStrings(writer, "Surnames", shown, Field.Surname);
        WritePhones(writer, "BusinessPhoneNumbers", "Business", shown, Field.BusinessPhone);
        WritePhones(writer, "HomePhones", "Home", shown, Field.HomePhone);
        WritePhones(writer, "MobilePhones", "Mobile", shown, Field.MobilePhone);
        WritePhones(writer, "OtherTelephones", "Other", shown, Field.OtherTelephone);
        WriteEmails(writer, contacts);
        WriteStrings(writer, "ImAddresses", shown, Field.ImAddress);
        if (extendedFields.Count > 0)
        {
            WriteExtendedProperties(writer, shown, extendedFields);
        }
    }

    /// <summary>A group's extended properties, as <c>GetImItems</c> answers them.</summary>
    public static void WriteGroupExtendedProperties(XmlWriter writer, ImGroup group, IReadOnlyList<ExtendedField> extendedFields)
    {
        if (extendedFields.Count == 0)
        {
            return;
        }

        writer.WriteStartElement("ExtendedProperties", Types);
        foreach (var field in extendedFields)
        {
            writer.WriteStartElement("ExtendedProperty", Types);
            WriteFieldUri(writer, field);
            writer.WriteElementString("Value", Types, group.DisplayName);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private void WriteAttributions(XmlWriter writer, ImPersona persona)
    {
        writer.WriteStartElement("Attributions", Types);
        for (var i = 0; i < persona.Contacts.Count; i++)
        {
            var contact = persona.Contacts[i];
            var isLync = contact.Folder == ContactFolder.LyncContacts;
            writer.WriteStartElement("Attribution", Types);
            writer.WriteElementString("Id", Types, AttributionId(i));
            WriteItemId(writer, "SourceId", ids.EncodeId(contact.Key), ItemIdCodec.EncodeChangeKey(ItemKind.Contact, contact.Version));
            writer.WriteElementString("DisplayName", Types, isLync ? "Lync Contacts" : "Outlook");
            writer.WriteElementString("IsWritable", Types, isLync ? "false" : "true");
            writer.WriteElementString("IsQuickContact", Types, contact.IsQuickContact ? "true" : "false");
            writer.WriteElementString("IsHidden", Types, "false");

            // Lync's folder is not one a client may open, so Exchange names none for its contacts.
            if (!isLync)
            {
                WriteItemId(writer, "FolderId", ids.EncodeId(ContactFolders.Key(persona.MailboxId, contact.Folder)), FolderChangeKey);
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void WriteStrings(XmlWriter writer, string name, Shown[] shown, Field field)
    {
        var open = false;
        for (var i = 0; i < shown.Length; i++)
        {
            var text = shown[i].Value(field);
            if (string.IsNullOrEmpty(text) || FirstHolder(shown, i, field, text) != i)
            {
                continue;
            }

            Open(writer, name, ref open);
            writer.WriteStartElement("StringAttributedValue", Types);
            writer.WriteElementString("Value", Types, text);
            WriteValueAttributions(writer, shown, i, field, text);
            writer.WriteEndElement();
        }

        Close(writer, open);
    }

    private static void WritePhones(XmlWriter writer, string name, string type, Shown[] shown, Field field)
    {
        var open = false;
        for (var i = 0; i < shown.Length; i++)
        {
            var number = shown[i].Value(field);
            if (string.IsNullOrEmpty(number) || FirstHolder(shown, i, field, number) != i)
            {
                continue;
            }

            Open(writer, name, ref open);
            writer.WriteStartElement("PhoneNumberAttributedValue", Types);
            writer.WriteStartElement("Value", Types);
            writer.WriteElementString("Number", Types, number);
            writer.WriteElementString("Type", Types, type);
            writer.WriteEndElement();
            WriteValueAttributions(writer, shown, i, field, number);
            writer.WriteEndElement();
        }

        Close(writer, open);
    }

    /// <summary>One value per address: contacts linked into a persona share it, and the first one's name is shown.</summary>
    private static void WriteEmails(XmlWriter writer, IReadOnlyList<ImContact> contacts)
    {
        var open = false;
        for (var i = 0; i < contacts.Count; i++)
        {
            if (contacts[i].LinkKey is not { } key || FirstWithLink(contacts, i, key) != i)
            {
                continue;
            }

            Open(writer, "Emails1", ref open);
            writer.WriteStartElement("EmailAddressAttributedValue", Types);
            WriteEmailAddress(writer, "Value", contacts[i]);
            writer.WriteStartElement("Attributions", Types);
            for (var j = i; j < contacts.Count; j++)
            {
                if (contacts[j].LinkKey == key)
                {
                    writer.WriteElementString("Attribution", Types, AttributionId(j));
                }
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        Close(writer, open);
    }

    private static void WriteExtendedProperties(XmlWriter writer, Shown[] shown, IReadOnlyList<ExtendedField> extendedFields)
    {
        var open = false;
        foreach (var field in extendedFields)
        {
            for (var i = 0; i < shown.Length; i++)
            {
                var text = shown[i].DisplayName;
                if (text.Length == 0 || FirstHolder(shown, i, Field.DisplayName, text) != i)
                {
                    continue;
                }

                Open(writer, "ExtendedProperties", ref open);
                writer.WriteStartElement("ExtendedPropertyAttributedValue", Types);
                writer.WriteStartElement("Value", Types);
                WriteFieldUri(writer, field);
                writer.WriteElementString("Value", Types, text);
                writer.WriteEndElement();
                WriteValueAttributions(writer, shown, i, Field.DisplayName, text);
                writer.WriteEndElement();
            }
        }

        Close(writer, open);
    }

    private static void WriteFieldUri(XmlWriter writer, ExtendedField field)
    {
        writer.WriteStartElement("ExtendedFieldURI", Types);
        writer.WriteAttributeString("PropertyTag", field.PropertyTag);
        writer.WriteAttributeString("PropertyType", field.PropertyType);
        writer.WriteEndElement();
    }

    /// <summary>The attributions holding a value: the first holder, and the later contacts that hold it too.</summary>
    private static void WriteValueAttributions(XmlWriter writer, Shown[] shown, int first, Field field, string value)
    {
        writer.WriteStartElement("Attributions", Types);
        writer.WriteElementString("Attribution", Types, AttributionId(first));
        for (var i = first + 1; i < shown.Length; i++)
        {
            if (shown[i].Value(field) == value)
            {
                writer.WriteElementString("Attribution", Types, AttributionId(i));
            }
        }

        writer.WriteEndElement();
    }

    /// <summary>The first contact up to <paramref name="index"/> holding the value; <paramref name="index"/> itself at the latest.</summary>
    private static int FirstHolder(Shown[] shown, int index, Field field, string value)
    {
        for (var i = 0; i < index; i++)
        {
            if (shown[i].Value(field) == value)
            {
                return i;
            }
        }

        return index;
    }

    private static int FirstWithLink(IReadOnlyList<ImContact> contacts, int index, string key)
    {
        for (var i = 0; i < index; i++)
        {
            if (contacts[i].LinkKey == key)
            {
                return i;
            }
        }

        return index;
    }

    private static void Open(XmlWriter writer, string name, ref bool open)
    {
        if (!open)
        {
            writer.WriteStartElement(name, Types);
            open = true;
        }
    }

    private static void Close(XmlWriter writer, bool open)
    {
        if (open)
        {
            writer.WriteEndElement();
        }
    }

    private static ImContact? FirstWithEmail(IReadOnlyList<ImContact> contacts)
    {
        foreach (var contact in contacts)
        {
            if (contact.Details.EmailAddress is not null)
            {
                return contact;
            }
        }

        return null;
    }

    private static string? FirstImAddress(IReadOnlyList<ImContact> contacts)
    {
        foreach (var contact in contacts)
        {
            if (ImAddressOf(contact) is { } address)
            {
                return address;
            }
        }

        return null;
    }

    /// <summary>A telephone contact's SIP URI is how Lync reaches it, not an address it shows.</summary>
    private static string? ImAddressOf(ImContact contact) => contact.IsTelephone ? null : contact.Details.ImAddress;

    private static void WriteEmailAddress(XmlWriter writer, string name, ImContact contact)
    {
        var details = contact.Details;
        writer.WriteStartElement(name, Types);
        writer.WriteElementString("Name", Types, details.EmailDisplayName ?? details.DisplayName);
        writer.WriteElementString("EmailAddress", Types, details.EmailAddress);
        writer.WriteElementString("RoutingType", Types, SmtpRoutingType);
        writer.WriteEndElement();
    }

    private static void WriteItemId(XmlWriter writer, string name, string id, string? changeKey)
    {
        writer.WriteStartElement(name, Types);
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
            writer.WriteElementString(name, Types, value);
        }
    }

    private static string AttributionId(int index) =>
        index < AttributionIds.Length ? AttributionIds[index] : index.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// How a contact's names are shown. Telephone contacts show their number instead of a name; Lync's contacts file
    /// under an empty name unless they have a full one; a contact with a given name and a surname files under
    /// "Surname, Given".
    /// </summary>
    private readonly record struct Shown(ImContact Contact, string DisplayName, string FirstLast, string LastFirst, string? FileAs, string FileAsId)
    {
        public string? Value(Field field) => field switch
        {
            Field.DisplayName => DisplayName,
            Field.FileAs => FileAs,
            Field.FileAsId => FileAsId,
            Field.GivenName => Contact.Details.GivenName,
            Field.Surname => Contact.Details.Surname,
            Field.BusinessPhone => Contact.Details.BusinessPhone,
            Field.HomePhone => Contact.Details.HomePhone,
            Field.MobilePhone => Contact.Details.MobilePhone,
            Field.OtherTelephone => Contact.IsTelephone ? Contact.Details.ImTelephoneNumber : null,
            Field.ImAddress => ImAddressOf(Contact),
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };

        public static Shown Of(ImContact contact)
        {
            var details = contact.Details;
            if (contact.IsTelephone)
            {
                var number = details.ImTelephoneNumber ?? details.DisplayName;
                return new Shown(contact, string.Empty, number, number, string.Empty, "None");
            }

            if (!string.IsNullOrEmpty(details.GivenName) && !string.IsNullOrEmpty(details.Surname))
            {
                return new Shown(
                    contact,
                    details.DisplayName,
                    $"{details.GivenName} {details.Surname}",
                    $"{details.Surname} {details.GivenName}",
                    $"{details.Surname}, {details.GivenName}",
                    "LastCommaFirst");
            }

            var fileAs = contact.Folder == ContactFolder.LyncContacts ? string.Empty : null;
            return new Shown(contact, details.DisplayName, details.DisplayName, details.DisplayName, fileAs, "None");
        }
    }

    /// <summary>The values of a contact the attributed arrays show.</summary>
    private enum Field
    {
        DisplayName,
        FileAs,
        FileAsId,
        GivenName,
        Surname,
        BusinessPhone,
        HomePhone,
        MobilePhone,
        OtherTelephone,
        ImAddress,
    }
}
