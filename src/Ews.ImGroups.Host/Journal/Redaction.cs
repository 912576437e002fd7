using System.Text;
using Ews.ImGroups.Host.Identity;
using Microsoft.Net.Http.Headers;

namespace Ews.ImGroups.Host.Journal;

/// <summary>Removes credentials from what the journal keeps: passwords and tokens never reach it.</summary>
public static class Redaction
{
    public const string Removed = "(removed)";

    /// <summary>Local names of the elements whose content is a secret, as WS-Security headers carry them.</summary>
    private static readonly string[] SecretElements = ["Password", "BinarySecurityToken", "SecurityToken", "Nonce"];

    private static readonly string[] KeptHeaders = [HeaderNames.ContentType, "SOAPAction", HeaderNames.UserAgent];

    /// <summary>The request headers the journal shows; Authorization keeps only its scheme and, for Basic, the user.</summary>
    public static IReadOnlyDictionary<string, string> Headers(HttpRequest request)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in KeptHeaders)
        {
            if (request.Headers.TryGetValue(name, out var value))
            {
                headers[name] = value.ToString();
            }
        }

        if (request.Headers.Authorization.Count > 0)
        {
            var scheme = request.Headers.Authorization.ToString().Split(' ', 2)[0];
            headers[HeaderNames.Authorization] = BasicCredentials.Read(request) is { } credentials
                ? $"{scheme} {credentials.User} {Removed}"
                : $"{scheme} {Removed}";
        }

        return headers;
    }

    /// <summary>
    /// Replaces everything between the start and end tags of secret elements, CDATA and comments included. A plain
    /// forward scan, as the text may not be well-formed and must not cost more than one pass.
    /// </summary>
    public static string Xml(string xml)
    {
        if (!SecretElements.Any(name => xml.Contains(name, StringComparison.OrdinalIgnoreCase)))
        {
            return xml;
        }

        var redacted = new StringBuilder(xml.Length);
        var position = 0;
        while (NextSecret(xml, position) is var (contentStart, qualifiedName) && contentStart > 0)
        {
            redacted.Append(xml, position, contentStart - position).Append(Removed);
            var end = xml.IndexOf("</" + qualifiedName, contentStart, StringComparison.OrdinalIgnoreCase);
            position = end < 0 ? xml.Length : end;
        }

        return redacted.Append(xml, position, xml.Length - position).ToString();
    }

    /// <summary>Where the content of the next secret element starts, and its name as written; 0 when there is none.</summary>
    private static (int ContentStart, string QualifiedName) NextSecret(string xml, int from)
    {
        for (var open = xml.IndexOf('<', from); open >= 0 && open + 1 < xml.Length; open = xml.IndexOf('<', open + 1))
        {
            var nameEnd = open + 1;
            while (nameEnd < xml.Length && (char.IsLetterOrDigit(xml[nameEnd]) || xml[nameEnd] is ':' or '_' or '-' or '.'))
            {
                nameEnd++;
            }

            var qualifiedName = xml[(open + 1)..nameEnd];
            var localName = qualifiedName[(qualifiedName.IndexOf(':', StringComparison.Ordinal) + 1)..];
            if (!SecretElements.Contains(localName, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var close = xml.IndexOf('>', nameEnd);
            if (close < 0)
            {
                return (0, string.Empty);
            }

            if (xml[close - 1] != '/')
            {
                return (close + 1, qualifiedName);
            }
        }

        return (0, string.Empty);
    }
}
