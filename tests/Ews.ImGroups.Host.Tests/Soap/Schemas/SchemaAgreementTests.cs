using System.Xml;
using System.Xml.Schema;
using Ews.ImGroups.Host.Soap.Gate;

namespace Ews.ImGroups.Host.Tests.Soap.Schemas;

/// <summary>
/// The project's schemas agree, definition for definition, with Microsoft's published EWS schema. That schema is not
/// part of this repository: the tests read it from the folder named by <see cref="FolderVariable"/>, or from a
/// <c>shared/reference/ews-schema</c> folder beside the repository.
/// </summary>
public sealed class SchemaAgreementTests
{
    public const string FolderVariable = "EWS_REFERENCE_SCHEMA_DIR";
    private const string ReferenceFolder = "shared/reference/ews-schema";

    [SkippableFact]
    public void Every_definition_in_schemas_agrees_with_the_published_EWS_schema()
    {
        var reference = ReferenceSchema();

        var differences = SchemaComparer.Compare(Ours(), Microsofts(reference));

        differences.Should().BeEmpty();
    }

    [SkippableFact]
    public void Comparison_notices_a_changed_definition()
    {
        var reference = ReferenceSchema();
        var tampered = Ours();
        var imGroup = (XmlSchemaComplexType)tampered.GlobalTypes[new XmlQualifiedName("ImGroupType", "http://schemas.microsoft.com/exchange/services/2006/types")]!;
        var sequence = (XmlSchemaSequence)imGroup.Particle!;
        ((XmlSchemaElement)sequence.Items[2]).MinOccurs = 1;
        tampered.Reprocess(imGroup.Parent as XmlSchema ?? throw new InvalidOperationException());
        tampered.Compile();

        SchemaComparer.Compare(tampered, Microsofts(reference)).Should().ContainSingle().Which.Should().Contain("ExchangeStoreId");
    }

    private static string ReferenceSchema()
    {
        var folder = Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } configured
            ? configured
            : Prerequisites.FindUp(ReferenceFolder);
        Prerequisites.Require(
            folder is not null && File.Exists(Path.Combine(folder, "messages.xsd")),
            $"Microsoft's EWS schema (messages.xsd, types.xsd) was not found: set {FolderVariable} to its folder.");
        return folder!;
    }

    private static XmlSchemaSet Ours()
    {
        var set = new XmlSchemaSet();
        foreach (var file in new[] { "types.xsd", "messages.xsd" })
        {
            set.Add(null, Path.Combine(EwsSchemas.Directory, file));
        }

        set.Compile();
        return set;
    }

    /// <summary>Microsoft's types.xsd imports the xml: namespace without a location; supply a schema for xml:lang.</summary>
    private static XmlSchemaSet Microsofts(string folder)
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        const string xmlNamespace = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://www.w3.org/XML/1998/namespace">
              <xs:attribute name="lang" type="xs:language"/>
            </xs:schema>
            """;
        using (var reader = XmlReader.Create(new StringReader(xmlNamespace)))
        {
            set.Add(null, reader);
        }

        set.Add(null, Path.Combine(folder, "messages.xsd"));
        set.Compile();
        return set;
    }
}
