using System.Xml.Linq;

namespace Ews.ImGroups.Client;

/// <summary>An operation's response message with <c>ResponseClass="Error"</c> (HTTP 200).</summary>
public sealed class EwsResponseException : EwsException
{
    internal EwsResponseException(string operation, string responseCode, string? messageText, XElement? messageXml)
        : base(responseCode, messageText, messageXml) => Operation = operation;

    /// <summary>The operation whose response carried the error.</summary>
    public string Operation { get; }
}
