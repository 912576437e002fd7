using System.Net;
using System.Xml.Linq;
using Ews.ImGroups.Client.Wire;

namespace Ews.ImGroups.Client;

/// <summary>
/// A SOAP fault, which Exchange sends with HTTP 500 for requests it refused as a whole: schema violations, throttling
/// (<c>ErrorServerBusy</c> with <see cref="EwsException.BackOffMilliseconds"/>), internal errors, denied impersonation.
/// <see cref="EwsException.MessageText"/> is the detail's message, else the fault string.
/// </summary>
public sealed class EwsFaultException : EwsException
{
    internal EwsFaultException(
        HttpStatusCode statusCode, string faultCode, string? faultString, string responseCode, string? messageText, XElement? messageXml)
        : base(responseCode, messageText ?? faultString, messageXml)
    {
        StatusCode = statusCode;
        FaultCode = faultCode;
        FaultString = faultString;
        if (messageXml is not null && ResponseValues.Child(messageXml, "Violation") is { } violation)
        {
            SchemaViolation = new SchemaViolation(
                ResponseValues.IntOf(ResponseValues.Child(messageXml, "LineNumber")),
                ResponseValues.IntOf(ResponseValues.Child(messageXml, "LinePosition")),
                violation.Value);
        }
    }

    public HttpStatusCode StatusCode { get; }

    /// <summary>The <c>faultcode</c> as sent, such as <c>a:ErrorSchemaValidation</c>.</summary>
    public string FaultCode { get; }

    public string? FaultString { get; }

    /// <summary>Where a request failed schema validation, for <c>ErrorSchemaValidation</c>.</summary>
    public SchemaViolation? SchemaViolation { get; }
}

/// <summary>The place in the request where it failed schema validation, and why.</summary>
public sealed record SchemaViolation(int? LineNumber, int? LinePosition, string Violation);
