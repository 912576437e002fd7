using System.Xml;
using System.Xml.Linq;
using Ews.ImGroups.Domain.Mailboxes;
using Ews.ImGroups.Host.Common;

namespace Ews.ImGroups.Host.Autodiscover;

/// <summary>
/// Reads a POX Autodiscover request: the address it asks about (<c>EMailAddress</c>, or this server's
/// <c>LegacyDN</c> in its place) and the response schema it accepts. DTDs are refused and nothing is resolved.
/// </summary>
public static class AutodiscoverRequest
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
    };

    /// <summary>The normalized address asked about, or the error to answer with.</summary>
    public static (string? SmtpAddress, AutodiscoverError? Error) Read(BufferedBody body)
    {
        if (body.Exceeded || Parse(body) is not { } root
            || root.Name != AutodiscoverSchema.RequestXmlns + AutodiscoverSchema.Autodiscover
            || root.Element(AutodiscoverSchema.RequestXmlns + AutodiscoverSchema.Request) is not { } request)
        {
            return (null, AutodiscoverError.InvalidRequest);
        }

        var schema = Text(request, AutodiscoverSchema.AcceptableResponseSchema);
        if (schema is null)
        {
            return (null, AutodiscoverError.InvalidRequest);
        }

        if (schema != AutodiscoverSchema.OutlookResponseNamespace)
        {
            return (null, AutodiscoverError.ProviderUnavailable);
        }

        if (Text(request, AutodiscoverSchema.EMailAddress) is { } email)
        {
            return SmtpAddresses.TryNormalize(email, out var smtp) ? (smtp, null) : (null, AutodiscoverError.AddressNotFound);
        }

        if (Text(request, AutodiscoverSchema.LegacyDN) is { } legacyDn)
        {
            return AutodiscoverUser.TryReadLegacyDn(legacyDn, out var smtp) ? (smtp, null) : (null, AutodiscoverError.AddressNotFound);
        }

        return (null, AutodiscoverError.InvalidRequest);
    }

    private static XElement? Parse(BufferedBody body)
    {
        try
        {
            using var stream = body.AsStream();
            using var reader = XmlReader.Create(stream, Settings);
            return XDocument.Load(reader).Root;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>The trimmed text of a child element, or null when it is missing or blank.</summary>
    private static string? Text(XElement request, string name) =>
        request.Element(AutodiscoverSchema.RequestXmlns + name)?.Value.Trim() is { Length: > 0 } text ? text : null;
}
