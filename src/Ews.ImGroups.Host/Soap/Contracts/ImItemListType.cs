using System.Xml;
using System.Xml.Schema;
using System.Xml.Serialization;

namespace Ews.ImGroups.Host.Soap.Contracts;

/// <summary>
/// <c>t:ImItemListType</c>, written straight from the domain list to the response's writer: a thousand personas
/// would otherwise first become some twenty thousand contract objects only to be thrown away once written.
/// </summary>
public sealed class ImItemListType : IXmlSerializable
{
    private readonly Action<XmlWriter>? write;

    /// <summary>For the serializer, which wants a parameterless constructor; answers are built with the other one.</summary>
    public ImItemListType()
    {
    }

    /// <param name="write">Writes the list's content: the groups, then the personas.</param>
    public ImItemListType(Action<XmlWriter> write) => this.write = write;

    public XmlSchema? GetSchema() => null;

    /// <summary>The server only answers with lists; it never reads one.</summary>
    public void ReadXml(XmlReader reader) => throw new NotSupportedException("An IM item list is only written.");

    public void WriteXml(XmlWriter writer) =>
        (write ?? throw new InvalidOperationException("The list was made without its content."))(writer);
}
