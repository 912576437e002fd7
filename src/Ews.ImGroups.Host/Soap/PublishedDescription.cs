using System.Collections.Frozen;
using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Host.Soap.Gate;

namespace Ews.ImGroups.Host.Soap;

/// <summary>
/// Serves the WSDL and the schemas it imports, the same files the request validator compiles. The WSDL's service
/// address names whichever host and scheme the client reached the server by.
/// </summary>
public static class PublishedDescription
{
    public const string WsdlPath = "/EWS/Services.wsdl";
    private const string WsdlFile = "services.wsdl";
    private const string AddressPlaceholder = "https://localhost/EWS/Exchange.asmx";
    private const string ContentType = "text/xml; charset=utf-8";

    /// <summary>Published files by request path; read once, as they never change while the server runs.</summary>
    private static readonly Lazy<FrozenDictionary<string, string>> Files = new(() => new Dictionary<string, string>
    {
        [WsdlPath] = Read(WsdlFile),
        ["/EWS/messages.xsd"] = Read("messages.xsd"),
        ["/EWS/types.xsd"] = Read("types.xsd"),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));

    public static IEndpointRouteBuilder MapServiceDescription(this IEndpointRouteBuilder endpoints)
    {
        foreach (var path in Files.Value.Keys)
        {
            endpoints.MapGet(path, (HttpContext context) => Results.Text(Content(context.Request, path), ContentType));
        }

        return endpoints;
    }

    private static string Content(HttpRequest request, string path)
    {
        var content = Files.Value[path];
        return path == WsdlPath
            ? content.Replace(AddressPlaceholder, EwsEndpoint.UrlFor(request), StringComparison.Ordinal)
            : content;
    }

    private static string Read(string file) => File.ReadAllText(Path.Combine(EwsSchemas.Directory, file));
}
