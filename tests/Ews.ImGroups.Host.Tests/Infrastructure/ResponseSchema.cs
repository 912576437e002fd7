using System.Xml.Linq;
using System.Xml.Schema;
using Ews.ImGroups.Host.Soap.Gate;

namespace Ews.ImGroups.Host.Tests.Infrastructure;

/// <summary>Validates whole response envelopes against the same schema files the server validates requests with.</summary>
public static class ResponseSchema
{
    private static readonly EwsSchemas Schemas = new();

    /// <summary>The values of <c>m:ResponseCodeType</c> in schemas/.</summary>
    public static IReadOnlyList<string> ResponseCodes { get; } = Enumeration("http://schemas.microsoft.com/exchange/services/2006/messages", "ResponseCodeType");

    /// <summary>The values of <c>t:ExchangeVersionType</c> in schemas/, in schema order.</summary>
    public static IReadOnlyList<string> ExchangeVersions { get; } = Enumeration("http://schemas.microsoft.com/exchange/services/2006/types", "ExchangeVersionType");

    public static void AssertValid(XDocument response)
    {
        var errors = new List<string>();
        response.Validate(Schemas.Set, (_, e) => errors.Add(e.Message));
        errors.Should().BeEmpty("every response must validate against schemas/:\n{0}", response);
    }

    private static List<string> Enumeration(string ns, string typeName)
    {
        var type = (XmlSchemaSimpleType)Schemas.Set.GlobalTypes[new System.Xml.XmlQualifiedName(typeName, ns)]!;
        return ((XmlSchemaSimpleTypeRestriction)type.Content!).Facets.OfType<XmlSchemaEnumerationFacet>().Select(f => f.Value!).ToList();
    }

    public static IReadOnlyList<string> Errors(XDocument document)
    {
        var errors = new List<string>();
        document.Validate(Schemas.Set, (_, e) => errors.Add($"{e.Severity}: {e.Message}"));
        return errors;
    }
}
