using System.Text;
using System.Xml;
using System.Xml.Linq;
using static Ews.ImGroups.Client.Wire.ResponseValues;

namespace Ews.ImGroups.Client.Wire;

/// <summary>The POX Autodiscover request of the Outlook provider and the reading of its answer.</summary>
internal static class AutodiscoverWire
{
    public const string RequestNamespace = "http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006";
    public const string OutlookResponseSchema = "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";

    private const string EwsPath = "/EWS/Exchange.asmx";
    private const string AutodiscoverPath = "/autodiscover/autodiscover.xml";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = false };

    /// <summary>Where Autodiscover is when not configured: beside the EWS endpoint, under the same path base.</summary>
    public static Uri DefaultUrl(Uri ewsUrl)
    {
        var path = ewsUrl.AbsolutePath;
        var pathBase = path.EndsWith(EwsPath, StringComparison.OrdinalIgnoreCase) ? path[..^EwsPath.Length] : string.Empty;
        return new Uri(ewsUrl, pathBase + AutodiscoverPath);
    }

    public static byte[] Request(string emailAddress)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("Autodiscover", RequestNamespace);
            xml.WriteStartElement("Request", RequestNamespace);
            xml.WriteElementString("EMailAddress", RequestNamespace, emailAddress);
            xml.WriteElementString("AcceptableResponseSchema", RequestNamespace, OutlookResponseSchema);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    public static AutodiscoverSettings Read(XDocument? document, HttpResponseMessage response)
    {
        var answer = document?.Root is { } root && root.Name.LocalName == "Autodiscover" ? Child(root, "Response") : null;
        if (answer is null)
        {
            throw new HttpRequestException(
                $"Autodiscover: the server answered HTTP {(int)response.StatusCode} ({response.ReasonPhrase}) without an Autodiscover response.",
                null,
                response.StatusCode);
        }

        if (Child(answer, "Error") is { } error)
        {
            throw new AutodiscoverException(IntOf(Child(error, "ErrorCode")) ?? 0, Text(error, "Message"));
        }

        var user = Child(answer, "User");
        var account = Child(answer, "Account");
        if (account is not null && Child(account, "Error") is { } accountError)
        {
            throw new AutodiscoverException(IntOf(Child(accountError, "ErrorCode")) ?? 0, Text(accountError, "Message"));
        }

        return new AutodiscoverSettings(
            user is null ? null : Text(user, "DisplayName"),
            user is null ? null : Text(user, "LegacyDN"),
            user is null ? null : Text(user, "AutoDiscoverSMTPAddress"),
            user is null ? null : Text(user, "DeploymentId"),
            account is null ? null : Text(account, "Action"),
            Children(account, "Protocol")
                .Select(p => new AutodiscoverProtocol(Text(p, "Type") ?? string.Empty, UriOf(Text(p, "ASUrl")), UriOf(Text(p, "EwsUrl"))))
                .ToArray(),
            account is null ? null : Text(account, "RedirectAddr"),
            account is null ? null : UriOf(Text(account, "RedirectUrl")));
    }

    private static Uri? UriOf(string? text) => Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) ? uri : null;
}
