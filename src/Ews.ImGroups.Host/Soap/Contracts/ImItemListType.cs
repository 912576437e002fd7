using System.Xml;

namespace Ews.ImGroups.Host.Soap.Contracts;

/// <summary><c>t:ImItemListType</c>: the groups, then the personas; a thousand personas are some twenty thousand elements.</summary>
public sealed class ImItemListType : WrittenContract
{
    public ImItemListType()
    {
    }

    public ImItemListType(Action<XmlWriter> write)
        : base(write)
    {
    }
}
