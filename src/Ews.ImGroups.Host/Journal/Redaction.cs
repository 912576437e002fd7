using System.Text.RegularExpressions;
using Ews.ImGroups.Host.Identity;
using Microsoft.Net.Http.Headers;

namespace Ews.ImGroups.Host.Journal;

/// <summary>Removes credentials from what the journal keeps: passwords and tokens never reach it.</summary>
public static partial class Redaction
{
    public const string Removed = "(removed)";

    /// <summary>The request headers the journal shows; Authorization keeps only its scheme and, for Basic, the user.</summary>
    public static IReadOnlyDictionary<string, string> Headers(HttpRequest request)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in (string[])[HeaderNames.ContentType, "SOAPAction", HeaderNames.UserAgent])
        {
            if (request.Headers.TryGetValue(name, out var value))
            {
                headers[name] = value.ToString();
            }
        }

        if (request.Headers.Authorization.Count > 0)
        {
            headers[HeaderNames.Authorization] = Authorization(request);
        }

        return headers;
    }

    /// <summary>Replaces the text of password and security-token elements a SOAP header may carry.</summary>
    public static string Xml(string xml) => xml.Contains("Password", StringComparison.OrdinalIgnoreCase)
        || xml.Contains("Token", StringComparison.OrdinalIgnoreCase)
        ? SecretElement().Replace(xml, "$1" + Removed)
        : xml;

    private static string Authorization(HttpRequest request)
    {
        var value = request.Headers.Authorization.ToString();
        var scheme = value.Split(' ', 2)[0];
        return BasicCredentials.Read(request) is { } credentials ? $"{scheme} {credentials.User} {Removed}" : $"{scheme} {Removed}";
    }

    [GeneratedRegex(@"(<(?:[\w.-]+:)?(?:Password|BinarySecurityToken|SecurityToken|Nonce)\b[^>]*(?<!/)>)[^<]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretElement();
}
