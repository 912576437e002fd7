using System.Xml;

namespace Ews.ImGroups.Host.Soap.Contracts;

/// <summary>
/// <c>t:PersonaType</c>, the parts this server fills in schema order, written by the same code whether the persona
/// stands alone in an answer or in a list.
/// </summary>
public sealed class PersonaType : WrittenContract
{
    public PersonaType()
    {
    }

    public PersonaType(Action<XmlWriter> write)
        : base(write)
    {
    }
}
