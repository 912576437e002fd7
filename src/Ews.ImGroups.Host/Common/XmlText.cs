using System.Globalization;
using System.Text;
using System.Xml;

namespace Ews.ImGroups.Host.Common;

/// <summary>Makes text safe to write into XML; parser messages quote the request, and a request may hold any byte.</summary>
public static class XmlText
{
    /// <summary>Replaces characters XML cannot carry with a visible <c>\uXXXX</c> escape.</summary>
    public static string Printable(string text)
    {
        StringBuilder? result = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c);
            if (pair || XmlConvert.IsXmlChar(c))
            {
                result?.Append(c);
                if (pair)
                {
                    result?.Append(text[i + 1]);
                    i++;
                }

                continue;
            }

            result ??= new StringBuilder(text, 0, i, text.Length + 16);
            result.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }

        return result?.ToString() ?? text;
    }
}
