using System.Xml.Linq;
using System.Xml.Schema;
using Ews.ImGroups.Host.Soap.Pipeline;

namespace Ews.ImGroups.Host.Tests.Infrastructure;

/// <summary>Validates whole response envelopes against the same schema files the server validates requests with.</summary>
public static class ResponseSchema
{
    private static readonly EwsSchemas Schemas = new();

    public static void AssertValid(XDocument response)
    {
        var errors = new List<string>();
        response.Validate(Schemas.Set, (_, e) => errors.Add(e.Message));
        errors.Should().BeEmpty("every response must validate against schemas/:\n{0}", response);
    }

    public static IReadOnlyList<string> Errors(XDocument document)
    {
        var errors = new List<string>();
        document.Validate(Schemas.Set, (_, e) => errors.Add($"{e.Severity}: {e.Message}"));
        return errors;
    }
}
