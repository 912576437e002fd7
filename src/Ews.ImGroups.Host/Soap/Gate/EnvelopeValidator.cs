using System.Collections.Frozen;
using System.Runtime.InteropServices;
using System.Xml;
using System.Xml.Schema;
using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Host.Common;

namespace Ews.ImGroups.Host.Soap.Gate;

/// <summary>
/// Reads a request once with a validating reader: checks it against the schemas and picks out the SOAP headers and the
/// operation. The first problem stops the read and is reported with its line and position.
/// </summary>
public sealed class EnvelopeValidator(EwsSchemas schemas)
{
    /// <summary>
    /// Deeper than any EWS request goes; SoapCore later loads the request into a tree, which must stay shallow.
    /// </summary>
    public const int MaxDepth = 32;

    /// <summary>More elements than any IM-list request needs, even GetImItems naming a full list.</summary>
    public const int MaxElements = 20_000;

    private const string Envelope = "Envelope";
    private const string Header = "Header";
    private const string Body = "Body";

    private static readonly FrozenDictionary<string, ConnectingSidKind> ConnectingSidKinds = new Dictionary<string, ConnectingSidKind>
    {
        ["PrincipalName"] = ConnectingSidKind.PrincipalName,
        ["SID"] = ConnectingSidKind.Sid,
        ["PrimarySmtpAddress"] = ConnectingSidKind.PrimarySmtpAddress,
        ["SmtpAddress"] = ConnectingSidKind.SmtpAddress,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>IM addresses, which must show something besides a <c>sip:</c> prefix.</summary>
    private static readonly FrozenSet<string> ImAddressElements =
        new[] { "ImAddress", "ImContactSipUriAddress" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Request elements of type NonEmptyStringType: names and addresses, which must show something.</summary>
    private static readonly FrozenSet<string> NonBlankElements = new[]
    {
        "DisplayName", "NewDisplayName", "ImAddress", "SmtpAddress", "TelUriAddress", "ImContactSipUriAddress", "ImTelephoneNumber",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly byte[] DocumentTypeStart = "<!DOCTYPE"u8.ToArray();

    public EnvelopeValidation Validate(ReadOnlyMemory<byte> body)
    {
        using var stream = AsStream(body);
        using var reader = XmlReader.Create(stream, schemas.ReaderSettings);
        try
        {
            return Read(reader);
        }
        catch (XmlSchemaException e)
        {
            return Violation(e.LineNumber, e.LinePosition, e.Message);
        }
        catch (XmlException e) when (e.LineNumber > 0)
        {
            return Violation(e.LineNumber, e.LinePosition, e.Message);
        }
        catch (XmlException e)
        {
            // The refusal of a DTD carries no position; point at the declaration, which can only stand in the prolog.
            var (line, position) = TextPositions.At(body.Span, Math.Max(0, body.Span.IndexOf(DocumentTypeStart)));
            return Violation(line, position, e.Message);
        }
    }

    private static EnvelopeValidation Read(XmlReader reader)
    {
        var lineInfo = (IXmlLineInfo)reader;
        reader.MoveToContent();
        if (reader.LocalName != Envelope || reader.NamespaceURI != EwsNamespaces.Soap)
        {
            return Violation(
                lineInfo.LineNumber,
                lineInfo.LinePosition,
                $"The root element must be 'Envelope' in namespace '{EwsNamespaces.Soap}' (SOAP 1.1).");
        }

        string? operation = null;
        string? version = null;
        string? culture = null;
        ImpersonationTarget? impersonation = null;
        string? section = null;
        string? header = null;
        var headersSeen = new HashSet<string>(StringComparer.Ordinal);

        // Reading an element's text leaves the reader on the following node, which must not be skipped.
        var positioned = false;
        var elements = 0;
        while (positioned || reader.Read())
        {
            positioned = false;
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            var (line, position) = (lineInfo.LineNumber, lineInfo.LinePosition);
            if (reader.Depth >= MaxDepth || ++elements > MaxElements)
            {
                return Violation(line, position, $"The request nests elements deeper than {MaxDepth} levels or holds more than {MaxElements} elements.");
            }

            switch (reader.Depth)
            {
                case 1:
                    section = reader.LocalName;
                    break;
                case 2 when section == Body:
                    operation ??= reader.LocalName;
                    break;
                case 2 when section == Header:
                    header = reader.NamespaceURI == EwsNamespaces.Types ? reader.LocalName : null;
                    if (header is not null && !headersSeen.Add(header))
                    {
                        return Violation(line, position, $"The SOAP header '{header}' appears more than once.");
                    }

                    if (header == "RequestServerVersion")
                    {
                        version = reader.GetAttribute("Version");
                    }
                    else if (header == "MailboxCulture")
                    {
                        culture = reader.ReadElementContentAsString();
                        positioned = true;
                    }

                    break;
                case 3 when section == Body && reader.NamespaceURI == EwsNamespaces.Messages && NonBlankElements.Contains(reader.LocalName):
                    var name = reader.LocalName;
                    var value = reader.ReadElementContentAsString();
                    positioned = true;
                    // A value of white space alone would reach the operation as an empty string.
                    if (string.IsNullOrWhiteSpace(value))
                    {
                        return Violation(line, position, $"The '{EwsNamespaces.Messages}:{name}' element is invalid - The value '{value}' is blank; it needs a character other than white space.");
                    }

                    if (ImAddressElements.Contains(name) && ImAddresses.Normalize(value).Length == 0)
                    {
                        return Violation(line, position, $"The '{EwsNamespaces.Messages}:{name}' element is invalid - The value '{value}' holds no address after its sip: prefix.");
                    }

                    break;
                case 4 when header == "ExchangeImpersonation" && ConnectingSidKinds.TryGetValue(reader.LocalName, out var kind):
                    impersonation = new ImpersonationTarget(kind, reader.ReadElementContentAsString());
                    positioned = true;
                    break;
            }
        }

        return operation is null
            ? Violation(lineInfo.LineNumber, lineInfo.LinePosition, "The SOAP body does not contain an EWS request.")
            : new EnvelopeValidation(new RequestEnvelope(operation, version, culture, impersonation), null);
    }

    private static MemoryStream AsStream(ReadOnlyMemory<byte> body) =>
        MemoryMarshal.TryGetArray(body, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(body.ToArray(), writable: false);

    private static EnvelopeValidation Violation(int line, int position, string message) =>
        new(null, new SchemaViolation(line, position, message));
}

public readonly record struct EnvelopeValidation(RequestEnvelope? Envelope, SchemaViolation? Violation);
