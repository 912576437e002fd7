using System.Text;
using System.Xml.Linq;

namespace Ews.ImGroups.Host.Tests.Infrastructure;

/// <summary>
/// Compares XML as a client's parser sees it: element and attribute names with their namespaces, attribute values,
/// element order and text. Prefixes, namespace declarations and whitespace between elements do not count.
/// </summary>
public static class XmlAssert
{
    public static void Equivalent(string expected, string actual)
    {
        var want = Canonical(XDocument.Parse(expected).Root!);
        var got = Canonical(XDocument.Parse(actual).Root!);
        if (want != got)
        {
            throw new Xunit.Sdk.XunitException($"The XML differs.\nExpected:\n{want}\nActual:\n{got}\nActual document:\n{actual}");
        }
    }

    private static string Canonical(XElement root)
    {
        var text = new StringBuilder();
        Write(root, text, 0);
        return text.ToString();
    }

    private static void Write(XElement element, StringBuilder text, int depth)
    {
        text.Append(' ', depth * 2).Append('{').Append(element.Name.NamespaceName).Append('}').Append(element.Name.LocalName);
        foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration).OrderBy(a => a.Name.ToString(), StringComparer.Ordinal))
        {
            text.Append(' ').Append(attribute.Name).Append("=\"").Append(attribute.Value).Append('"');
        }

        text.AppendLine();
        if (!element.HasElements)
        {
            if (element.Value.Length > 0)
            {
                text.Append(' ', (depth + 1) * 2).Append("text: ").AppendLine(element.Value);
            }

            return;
        }

        foreach (var child in element.Elements())
        {
            Write(child, text, depth + 1);
        }
    }
}
