using System.Xml.Linq;

namespace Ews.ImGroups.Host.Autodiscover;

/// <summary>
/// The names of POX Autodiscover. Exchange publishes no schema for it; these are the namespaces clients send and
/// expect (with <c>http:</c>, whatever the documentation's examples write).
/// </summary>
public static class AutodiscoverSchema
{
    public const string RequestNamespace = "http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006";

    /// <summary>The namespace of the response's root, and of the <c>Response</c> of errors found before any provider ran.</summary>
    public const string ResponseNamespace = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006";

    /// <summary>The Outlook provider's response schema: the only <c>AcceptableResponseSchema</c> this server answers.</summary>
    public const string OutlookResponseNamespace = "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";

    public const string Autodiscover = nameof(Autodiscover);
    public const string Request = nameof(Request);
    public const string Response = nameof(Response);
    public const string EMailAddress = nameof(EMailAddress);
    public const string LegacyDN = nameof(LegacyDN);
    public const string AcceptableResponseSchema = nameof(AcceptableResponseSchema);

    public static readonly XNamespace RequestXmlns = RequestNamespace;
}
