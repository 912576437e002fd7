using System.Text;
using System.Xml;

namespace Ews.ImGroups.Host.Dashboard;

/// <summary>Indents XML for reading, treating it as hostile: no DTD, no resolver, and the text as it came when it is not XML.</summary>
public static class XmlFormatting
{
    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = false,
        IgnoreProcessingInstructions = false,
    };

    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        OmitXmlDeclaration = true,
        ConformanceLevel = ConformanceLevel.Document,
    };

    /// <summary>The XML indented, or <paramref name="xml"/> unchanged when it is not well-formed (such as cut short).</summary>
    public static string Indent(string xml)
    {
        try
        {
            var indented = new StringBuilder(xml.Length * 2);
            using (var reader = XmlReader.Create(new StringReader(xml), ReaderSettings))
            using (var writer = XmlWriter.Create(indented, WriterSettings))
            {
                Copy(reader, writer, indented);
            }

            return indented.ToString();
        }
        catch (XmlException)
        {
            return xml;
        }
    }

    /// <summary>
    /// Copies node by node. Whitespace between elements gives way to the indentation, but whitespace that is all an
    /// element holds is content and is kept.
    /// </summary>
    private static void Copy(XmlReader reader, XmlWriter writer, StringBuilder output)
    {
        var afterStart = false;
        string? whitespace = null;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.XmlDeclaration:
                    // The writer never writes one of its own; this keeps the sender's, encoding included.
                    output.Append("<?xml ").Append(reader.Value).Append("?>\n");
                    continue;
                case XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    whitespace = afterStart ? reader.Value : null;
                    continue;
                case XmlNodeType.Element:
                    var empty = reader.IsEmptyElement;
                    writer.WriteStartElement(reader.Prefix, reader.LocalName, reader.NamespaceURI);
                    writer.WriteAttributes(reader, defattr: false);
                    if (empty)
                    {
                        writer.WriteEndElement();
                    }

                    afterStart = !empty;
                    whitespace = null;
                    continue;
                case XmlNodeType.EndElement:
                    if (whitespace is not null)
                    {
                        writer.WriteString(whitespace);
                    }

                    writer.WriteFullEndElement();
                    break;
                case XmlNodeType.Text:
                    writer.WriteString(reader.Value);
                    break;
                case XmlNodeType.CDATA:
                    writer.WriteCData(reader.Value);
                    break;
                case XmlNodeType.Comment:
                    writer.WriteComment(reader.Value);
                    break;
                case XmlNodeType.ProcessingInstruction:
                    writer.WriteProcessingInstruction(reader.Name, reader.Value);
                    break;
            }

            afterStart = false;
            whitespace = null;
        }
    }
}
