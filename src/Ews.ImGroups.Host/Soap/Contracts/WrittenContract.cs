using System.Xml;
using System.Xml.Schema;
using System.Xml.Serialization;

namespace Ews.ImGroups.Host.Soap.Contracts;

/// <summary>
/// A contract type whose content is written straight from domain records to the response's writer, instead of first
/// becoming contract objects only to be thrown away once serialized. The serializer writes the element itself; the
/// content is the element's children.
/// </summary>
public abstract class WrittenContract : IXmlSerializable
{
    private readonly Action<XmlWriter>? write;

    /// <summary>For the serializer, which wants a parameterless constructor; answers are built with the other one.</summary>
    protected WrittenContract()
    {
    }

    /// <param name="write">Writes the element's children.</param>
    protected WrittenContract(Action<XmlWriter> write) => this.write = write;

    public XmlSchema? GetSchema() => null;

    /// <summary>The server only answers with these; it never reads one.</summary>
    public void ReadXml(XmlReader reader) => throw new NotSupportedException($"{GetType().Name} is only written.");

    public void WriteXml(XmlWriter writer) =>
        (write ?? throw new InvalidOperationException($"{GetType().Name} was made without its content."))(writer);
}
