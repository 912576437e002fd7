using System.Text;
using System.Xml;

namespace Ews.ImGroups.Client.Wire;

/// <summary>
/// Writes a request envelope: the headers the options ask for (<c>RequestServerVersion</c>, <c>MailboxCulture</c>,
/// <c>ExchangeImpersonation</c>), then the operation's element in the messages namespace.
/// </summary>
internal static class EwsRequest
{
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = false };

    public static byte[] Build(EwsImClientOptions options, string operation, Action<XmlWriter>? content)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("soap", "Envelope", EwsNames.Soap);
            xml.WriteAttributeString("xmlns", "t", null, EwsNames.Types);
            xml.WriteAttributeString("xmlns", "m", null, EwsNames.Messages);

            xml.WriteStartElement("soap", "Header", EwsNames.Soap);
            xml.WriteStartElement("t", "RequestServerVersion", EwsNames.Types);
            xml.WriteAttributeString("Version", options.ServerVersion);
            xml.WriteEndElement();
            if (options.MailboxCulture is { } culture)
            {
                xml.WriteElementString("t", "MailboxCulture", EwsNames.Types, culture);
            }

            if (options.ImpersonatedAddress is { } address)
            {
                xml.WriteStartElement("t", "ExchangeImpersonation", EwsNames.Types);
                xml.WriteStartElement("t", "ConnectingSID", EwsNames.Types);
                xml.WriteElementString("t", "PrimarySmtpAddress", EwsNames.Types, address);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();

            xml.WriteStartElement("soap", "Body", EwsNames.Soap);
            xml.WriteStartElement("m", operation, EwsNames.Messages);
            content?.Invoke(xml);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    public static void Text(XmlWriter xml, string name, string value) => xml.WriteElementString("m", name, EwsNames.Messages, value);

    /// <summary>An <c>ItemIdType</c> element in the messages namespace, as the operations' own parameters are.</summary>
    public static void Id(XmlWriter xml, string name, ItemId id) => WriteId(xml, "m", name, EwsNames.Messages, id);

    /// <summary>An array of ids: <c>t:ItemId</c> elements inside the named messages element.</summary>
    public static void Ids(XmlWriter xml, string name, IReadOnlyCollection<ItemId> ids)
    {
        xml.WriteStartElement("m", name, EwsNames.Messages);
        foreach (var id in ids)
        {
            WriteId(xml, "t", "ItemId", EwsNames.Types, id);
        }

        xml.WriteEndElement();
    }

    public static void FieldUris(XmlWriter xml, IReadOnlyCollection<ExtendedFieldUri> fields)
    {
        xml.WriteStartElement("m", "ExtendedProperties", EwsNames.Messages);
        foreach (var field in fields)
        {
            xml.WriteStartElement("t", "ExtendedProperty", EwsNames.Types);
            Optional(xml, "DistinguishedPropertySetId", field.DistinguishedPropertySetId);
            Optional(xml, "PropertySetId", field.PropertySetId);
            Optional(xml, "PropertyTag", field.PropertyTag);
            Optional(xml, "PropertyName", field.PropertyName);
            Optional(xml, "PropertyId", field.PropertyId?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("PropertyType", field.PropertyType);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteId(XmlWriter xml, string prefix, string name, string ns, ItemId id)
    {
        xml.WriteStartElement(prefix, name, ns);
        xml.WriteAttributeString("Id", id.Id);
        Optional(xml, "ChangeKey", id.ChangeKey);
        xml.WriteEndElement();
    }

    private static void Optional(XmlWriter xml, string attribute, string? value)
    {
        if (value is not null)
        {
            xml.WriteAttributeString(attribute, value);
        }
    }
}
