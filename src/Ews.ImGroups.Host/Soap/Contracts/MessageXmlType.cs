using System.Xml;

namespace Ews.ImGroups.Host.Soap.Contracts;

/// <summary><c>m:MessageXml</c>: the elements an error response adds about the error.</summary>
public sealed class MessageXmlType : WrittenContract
{
    public MessageXmlType()
    {
    }

    public MessageXmlType(Action<XmlWriter> write)
        : base(write)
    {
    }
}
