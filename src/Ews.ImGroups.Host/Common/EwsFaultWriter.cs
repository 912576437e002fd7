using System.Globalization;
using System.Text;
using System.Xml;

namespace Ews.ImGroups.Host.Common;

/// <summary>Writes <see cref="EwsFault"/>s in Exchange's layout, always with HTTP 500 as Exchange does.</summary>
public static class EwsFaultWriter
{
    public const string ContentType = "text/xml; charset=utf-8";

    public const string BackOffName = "BackOffMilliseconds";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = false };

    /// <summary>Writes a whole fault response; faults are small, so the envelope is built in memory first.</summary>
    public static async Task WriteAsync(HttpResponse response, EwsFault fault)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, Settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("s", "Envelope", EwsNamespaces.Soap);
            writer.WriteStartElement("s", "Body", EwsNamespaces.Soap);
            WriteFault(writer, fault);
            writer.WriteEndDocument();
        }

        response.StatusCode = StatusCodes.Status500InternalServerError;
        response.ContentType = ContentType;
        response.ContentLength = buffer.Length;
        await response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }

    /// <summary>Writes the <c>s:Fault</c> element itself.</summary>
    public static void WriteFault(XmlWriter writer, EwsFault fault)
    {
        writer.WriteStartElement("s", "Fault", EwsNamespaces.Soap);

        writer.WriteStartElement("faultcode", string.Empty);
        writer.WriteAttributeString("xmlns", "a", null, EwsNamespaces.Types);
        writer.WriteString("a:" + fault.ResponseCode);
        writer.WriteEndElement();

        writer.WriteStartElement("faultstring", string.Empty);
        writer.WriteAttributeString("xml", "lang", EwsNamespaces.Xml, "en-US");
        writer.WriteString(XmlText.Printable(fault.FaultString));
        writer.WriteEndElement();

        writer.WriteStartElement("detail", string.Empty);
        writer.WriteElementString("e", "ResponseCode", EwsNamespaces.Errors, fault.ResponseCode);
        writer.WriteElementString("e", "Message", EwsNamespaces.Errors, XmlText.Printable(fault.Message));
        if (fault.Violation is { } violation)
        {
            writer.WriteStartElement("t", "MessageXml", EwsNamespaces.Types);
            writer.WriteElementString("t", "LineNumber", EwsNamespaces.Types, violation.LineNumber.ToString(CultureInfo.InvariantCulture));
            writer.WriteElementString("t", "LinePosition", EwsNamespaces.Types, violation.LinePosition.ToString(CultureInfo.InvariantCulture));
            writer.WriteElementString("t", "Violation", EwsNamespaces.Types, XmlText.Printable(violation.Message));
            writer.WriteEndElement();
        }
        else if (fault.BackOffMilliseconds is { } backOff)
        {
            writer.WriteStartElement("t", "MessageXml", EwsNamespaces.Types);
            WriteBackOff(writer, backOff);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>The throttling hint Exchange puts in <c>MessageXml</c>.</summary>
    public static void WriteBackOff(XmlWriter writer, int milliseconds)
    {
        writer.WriteStartElement("t", "Value", EwsNamespaces.Types);
        writer.WriteAttributeString("Name", BackOffName);
        writer.WriteString(milliseconds.ToString(CultureInfo.InvariantCulture));
        writer.WriteEndElement();
    }
}
