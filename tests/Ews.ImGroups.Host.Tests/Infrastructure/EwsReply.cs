using System.Net;
using System.Xml.Linq;

namespace Ews.ImGroups.Host.Tests.Infrastructure;

public sealed record EwsReply(HttpStatusCode Status, string? ContentType, string Body, HttpResponseMessage Raw)
{
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    private static readonly XNamespace Messages = "http://schemas.microsoft.com/exchange/services/2006/messages";
    private static readonly XNamespace Types = "http://schemas.microsoft.com/exchange/services/2006/types";
    private static readonly XNamespace Errors = "http://schemas.microsoft.com/exchange/services/2006/errors";

    public XDocument Xml => XDocument.Parse(Body);

    /// <summary>The response message's code, or the fault's.</summary>
    public string? ResponseCode =>
        Xml.Descendants(Messages + "ResponseCode").Concat(Xml.Descendants(Errors + "ResponseCode")).FirstOrDefault()?.Value;

    /// <summary>The <c>Id</c> of the first <c>ExchangeStoreId</c> in the response.</summary>
    public string? StoreId => Xml.Descendants(Types + "ExchangeStoreId").FirstOrDefault()?.Attribute("Id")?.Value;

    public string? ChangeKey => Xml.Descendants(Types + "ExchangeStoreId").FirstOrDefault()?.Attribute("ChangeKey")?.Value;

    public XElement? Fault => Xml.Root?.Element(Soap + "Body")?.Element(Soap + "Fault");
}
