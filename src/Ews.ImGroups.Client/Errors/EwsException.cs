using System.Xml.Linq;
using Ews.ImGroups.Client.Wire;

namespace Ews.ImGroups.Client;

/// <summary>
/// An EWS error: the <see cref="ResponseCode"/> (such as <c>ErrorItemNotFound</c>) and the server's text, with the
/// name-value pairs of <c>MessageXml</c> when it sent them. <see cref="EwsResponseException"/> is an error answered in
/// the operation's own response, <see cref="EwsFaultException"/> a SOAP fault.
/// </summary>
public abstract class EwsException : Exception
{
    private protected EwsException(string responseCode, string? messageText, XElement? messageXml)
        : base(string.IsNullOrEmpty(messageText) ? responseCode : $"{responseCode}: {messageText}")
    {
        ResponseCode = responseCode;
        MessageText = messageText;
        MessageXml = messageXml;
        MessageXmlValues = ResponseValues.Of(messageXml);
        BackOffMilliseconds = MessageXmlValues.TryGetValue(ResponseValues.BackOffName, out var text) && int.TryParse(text, out var backOff)
            ? backOff
            : null;
    }

    /// <summary>The response code, such as <c>ErrorInvalidImGroupId</c> or <c>ErrorServerBusy</c>.</summary>
    public string ResponseCode { get; }

    public string? MessageText { get; }

    /// <summary>The <c>MessageXml</c> element as sent, when there is one.</summary>
    public XElement? MessageXml { get; }

    /// <summary>The <c>Value</c> elements of <c>MessageXml</c> by their <c>Name</c>.</summary>
    public IReadOnlyDictionary<string, string> MessageXmlValues { get; }

    /// <summary>How long the server asks the client to wait before trying again (throttling), when it says.</summary>
    public int? BackOffMilliseconds { get; }

    /// <summary>Whether this is Exchange's throttling answer, which a client should retry after the back-off.</summary>
    public bool IsServerBusy => ResponseCode == ResponseValues.ErrorServerBusy;
}
