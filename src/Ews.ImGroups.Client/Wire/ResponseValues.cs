using System.Globalization;
using System.Xml.Linq;

namespace Ews.ImGroups.Client.Wire;

/// <summary>Reading small values out of answers, whatever prefix or default namespace the server chose.</summary>
internal static class ResponseValues
{
    public const string BackOffName = "BackOffMilliseconds";

    public const string ErrorServerBusy = "ErrorServerBusy";

    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    /// <summary>The <c>Value Name="…"</c> children of a <c>MessageXml</c>.</summary>
    public static IReadOnlyDictionary<string, string> Of(XElement? messageXml)
    {
        if (messageXml is null)
        {
            return None;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in messageXml.Elements())
        {
            if (value.Name.LocalName == "Value" && value.Attribute("Name") is { } name)
            {
                values[name.Value] = value.Value;
            }
        }

        return values;
    }

    /// <summary>
    /// The first child with that local name. Exchange puts the children of a response in the messages or the types
    /// namespace as the schema says, but the reference's own examples are not always consistent, so only the local
    /// name is compared.
    /// </summary>
    public static XElement? Child(XElement parent, string localName)
    {
        foreach (var child in parent.Elements())
        {
            if (child.Name.LocalName == localName)
            {
                return child;
            }
        }

        return null;
    }

    public static IEnumerable<XElement> Children(XElement? parent, string localName) =>
        parent is null ? [] : parent.Elements().Where(e => e.Name.LocalName == localName);

    public static string? Text(XElement parent, string localName) => Child(parent, localName)?.Value;

    public static int? IntOf(XElement? element) =>
        element is not null && int.TryParse(element.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static bool BoolOf(XElement? element) =>
        element is not null && (element.Value.Trim() is "true" or "1");

    public static ItemId? ItemIdOf(XElement? element) =>
        element?.Attribute("Id") is { } id ? new ItemId(id.Value, element.Attribute("ChangeKey")?.Value) : null;
}
