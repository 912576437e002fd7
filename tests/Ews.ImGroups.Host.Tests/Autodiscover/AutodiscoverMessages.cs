using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Autodiscover;

/// <summary>POX Autodiscover requests as clients send them, and the answers Exchange's layout calls for.</summary>
public static class AutodiscoverMessages
{
    public const string Path = "/autodiscover/autodiscover.xml";
    public const string RequestNamespace = "http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006";
    public const string ResponseNamespace = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006";
    public const string OutlookNamespace = "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";

    /// <summary>The deployment id of a server with the default realm <c>Ews.ImGroups</c>; it must never change.</summary>
    public const string DefaultDeploymentId = "0efe15dd-f640-8cf4-9ee9-0a3a8dcf0600";

    public const string LocalEwsUrl = "http://localhost/EWS/Exchange.asmx";

    /// <summary><see cref="FixedClock.ReferenceTime"/> as an error's <c>Time</c> shows it.</summary>
    public const string ReferenceErrorTime = "23:06:58.0000000";

    public static string Request(string emailAddress, string schema = OutlookNamespace) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <Autodiscover xmlns="{RequestNamespace}">
          <Request>
            <EMailAddress>{emailAddress}</EMailAddress>
            <AcceptableResponseSchema>{schema}</AcceptableResponseSchema>
          </Request>
        </Autodiscover>
        """;

    public static string LegacyDnRequest(string legacyDn) => $"""
        <Autodiscover xmlns="{RequestNamespace}">
          <Request>
            <LegacyDN>{legacyDn}</LegacyDN>
            <AcceptableResponseSchema>{OutlookNamespace}</AcceptableResponseSchema>
          </Request>
        </Autodiscover>
        """;

    public static string LegacyDn(string smtpAddress) =>
        $"/o=Ews.ImGroups/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn={smtpAddress}";

    public static string Settings(string displayName, string smtpAddress, string ewsUrl = LocalEwsUrl, string deploymentId = DefaultDeploymentId) => $"""
        <Autodiscover xmlns="{ResponseNamespace}">
          <Response xmlns="{OutlookNamespace}">
            <User>
              <DisplayName>{displayName}</DisplayName>
              <LegacyDN>{LegacyDn(smtpAddress)}</LegacyDN>
              <AutoDiscoverSMTPAddress>{smtpAddress}</AutoDiscoverSMTPAddress>
              <DeploymentId>{deploymentId}</DeploymentId>
            </User>
            <Account>
              <AccountType>email</AccountType>
              <Action>settings</Action>
              <Protocol>
                <Type>EXCH</Type>
                <ASUrl>{ewsUrl}</ASUrl>
                <EwsUrl>{ewsUrl}</EwsUrl>
              </Protocol>
              <Protocol>
                <Type>EXPR</Type>
                <ASUrl>{ewsUrl}</ASUrl>
                <EwsUrl>{ewsUrl}</EwsUrl>
              </Protocol>
            </Account>
          </Response>
        </Autodiscover>
        """;

    public static string InvalidRequest(string id) => Error(id, "600", "Invalid Request", ResponseNamespace);

    public static string ProviderUnavailable(string id) => Error(id, "601", "Provider is not available", ResponseNamespace);

    public static string AddressNotFound(string id) => Error(id, "500", "The email address can't be found.", OutlookNamespace);

    /// <summary>The layout of the reference's error example; <c>Id</c> is the server's, read from the answer.</summary>
    public static string Error(string id, string code, string message, string responseNamespace) => $"""
        <Autodiscover xmlns="{ResponseNamespace}">
          <Response xmlns="{responseNamespace}">
            <Error Time="{ReferenceErrorTime}" Id="{id}">
              <ErrorCode>{code}</ErrorCode>
              <Message>{message}</Message>
              <DebugData />
            </Error>
          </Response>
        </Autodiscover>
        """;

    /// <summary>Posts a request body as a Basic user (none when <paramref name="user"/> is null).</summary>
    public static async Task<AutodiscoverReply> PostAsync(
        this HttpClient http, string body, string? user = Users.Alice, string password = "secret", string path = Path, string? host = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "text/xml") };
        if (user is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        }

        if (host is not null)
        {
            request.Headers.Host = host;
        }

        return await AutodiscoverReply.ReadAsync(await http.SendAsync(request));
    }
}

/// <summary>An Autodiscover answer, with the parts the tests look at.</summary>
public sealed record AutodiscoverReply(HttpStatusCode Status, string Body, HttpResponseMessage Raw)
{
    private static readonly XNamespace Outlook = AutodiscoverMessages.OutlookNamespace;

    public static async Task<AutodiscoverReply> ReadAsync(HttpResponseMessage response) =>
        new(response.StatusCode, await response.Content.ReadAsStringAsync(), response);

    public string? ContentType => Raw.Content.Headers.ContentType?.ToString();

    /// <summary>The external EWS URL, which clients outside the server's network use.</summary>
    public string? ExternalEwsUrl => XDocument.Parse(Body).Descendants(Outlook + "Protocol")
        .SingleOrDefault(p => p.Element(Outlook + "Type")?.Value == "EXPR")?.Element(Outlook + "EwsUrl")?.Value;

    /// <summary>The error's <c>Id</c>: a number that names the answering server.</summary>
    public string ErrorId
    {
        get
        {
            var id = XDocument.Parse(Body).Descendants().Single(e => e.Name.LocalName == "Error").Attribute("Id")!.Value;
            id.Should().MatchRegex("^[0-9]+$");
            return id;
        }
    }
}
