using System.Net;
using System.Xml;
using System.Xml.Linq;

namespace Ews.ImGroups.Client.Wire;

/// <summary>
/// Reads an answer: the operation's response message when it succeeded, else the typed exception for a fault, an
/// error response message, or an HTTP failure without a SOAP body.
/// </summary>
internal static class EwsResponse
{
    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        Async = true,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    public static async Task<XElement> ReadAsync(HttpResponseMessage response, string operation, CancellationToken cancellationToken)
    {
        var status = response.StatusCode;
        var document = await LoadAsync(response, cancellationToken).ConfigureAwait(false);
        var body = document?.Root is { } root && root.Name == EwsNames.Envelope ? root.Element(EwsNames.Body) : null;
        var message = body?.Elements().FirstOrDefault();
        if (message is null)
        {
            throw new HttpRequestException(
                $"{operation}: the server answered HTTP {(int)status} ({response.ReasonPhrase}) without a SOAP envelope.", null, status);
        }

        if (message.Name == EwsNames.Fault)
        {
            throw Fault(message, status);
        }

        if (status != HttpStatusCode.OK)
        {
            throw new HttpRequestException($"{operation}: the server answered HTTP {(int)status} ({response.ReasonPhrase}).", null, status);
        }

        if (message.Attribute("ResponseClass")?.Value == "Error")
        {
            throw new EwsResponseException(
                operation,
                ResponseValues.Text(message, "ResponseCode") ?? string.Empty,
                ResponseValues.Text(message, "MessageText"),
                ResponseValues.Child(message, "MessageXml"));
        }

        return message;
    }

    /// <summary>The answer as XML, or null when it is empty or not XML (a proxy's error page, a bare status).</summary>
    public static async Task<XDocument?> LoadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                using var reader = XmlReader.Create(stream, ReaderSettings);
                return await XDocument.LoadAsync(reader, LoadOptions.None, cancellationToken).ConfigureAwait(false);
            }
            catch (XmlException)
            {
                return null;
            }
        }
    }

    private static EwsFaultException Fault(XElement fault, HttpStatusCode status)
    {
        var faultCode = ResponseValues.Text(fault, "faultcode") ?? string.Empty;
        var detail = ResponseValues.Child(fault, "detail");
        var responseCode = detail is null ? null : ResponseValues.Text(detail, "ResponseCode");
        return new EwsFaultException(
            status,
            faultCode,
            ResponseValues.Text(fault, "faultstring"),
            responseCode ?? faultCode[(faultCode.IndexOf(':', StringComparison.Ordinal) + 1)..],
            detail is null ? null : ResponseValues.Text(detail, "Message"),
            detail is null ? null : ResponseValues.Child(detail, "MessageXml"));
    }
}
