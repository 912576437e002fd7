using System.Xml;
using System.Xml.Schema;

namespace Ews.ImGroups.Host.Soap.Gate;

/// <summary>
/// The project's schemas, compiled once. Requests are validated against them before dispatch, and the reader settings
/// are shared: they never process DTDs and never resolve anything outside the request.
/// </summary>
public sealed class EwsSchemas
{
    public const string Folder = "schemas";
    public static readonly string[] Files = ["soap-envelope.xsd", "types.xsd", "messages.xsd"];

    public EwsSchemas()
    {
        var set = new XmlSchemaSet { XmlResolver = new LocalSchemaResolver(Directory) };
        foreach (var file in Files)
        {
            using var reader = XmlReader.Create(Path.Combine(Directory, file), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            set.Add(null, reader);
        }

        set.Compile();
        Set = set;
        ReaderSettings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            ValidationType = ValidationType.Schema,
            ValidationFlags = XmlSchemaValidationFlags.None,
            Schemas = set,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = false,
        };
    }

    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, Folder);

    public XmlSchemaSet Set { get; }

    /// <summary>Settings for validating readers; shared, since they are never changed after construction.</summary>
    public XmlReaderSettings ReaderSettings { get; }

    /// <summary>Lets <c>xs:import</c> find sibling schema files and nothing else.</summary>
    private sealed class LocalSchemaResolver(string directory) : XmlResolver
    {
        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)) + Path.DirectorySeparatorChar;
            if (!absoluteUri.IsFile || !Path.GetFullPath(absoluteUri.LocalPath).StartsWith(folder, StringComparison.Ordinal))
            {
                throw new XmlException($"Schema location '{absoluteUri}' is outside the schema folder.");
            }

            return File.OpenRead(absoluteUri.LocalPath);
        }
    }
}
