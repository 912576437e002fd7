using System.Xml.Linq;

namespace Ews.ImGroups.Client.Wire;

/// <summary>The namespaces and element names of the EWS wire format.</summary>
internal static class EwsNames
{
    public const string Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    public const string Messages = "http://schemas.microsoft.com/exchange/services/2006/messages";
    public const string Types = "http://schemas.microsoft.com/exchange/services/2006/types";
    public const string Errors = "http://schemas.microsoft.com/exchange/services/2006/errors";

    /// <summary>SOAPAction is this followed by the operation's name.</summary>
    public const string ActionPrefix = "http://schemas.microsoft.com/exchange/services/2006/messages/";

    public static readonly XNamespace M = Messages;
    public static readonly XNamespace T = Types;
    public static readonly XNamespace E = Errors;
    public static readonly XNamespace S = Soap;

    public static readonly XName Envelope = S + "Envelope";
    public static readonly XName Body = S + "Body";
    public static readonly XName Fault = S + "Fault";
}
