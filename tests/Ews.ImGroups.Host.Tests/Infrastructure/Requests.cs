namespace Ews.ImGroups.Host.Tests.Infrastructure;

/// <summary>
/// Request envelopes in the layout of the reference examples, so line and position numbers in faults match them:
/// the operation's first child element is always on line 11.
/// </summary>
public static class Requests
{
    public const string ReferenceHeaders = """
              <t:RequestServerVersion Version="Exchange2013" />
              <t:MailboxCulture>en-US</t:MailboxCulture>
        """;

    public static string AddImGroup(string displayNameXml, string headers = ReferenceHeaders) =>
        Envelope(headers, $"""
                  <m:AddImGroup>
                     <m:DisplayName>{displayNameXml}</m:DisplayName>
                  </m:AddImGroup>
            """);

    public static string AddImContactToGroup(string contactId, string? groupId = null, string headers = ReferenceHeaders) =>
        Envelope(headers, $"""
                  <m:AddImContactToGroup>
                     <m:ContactId Id="{contactId}" ChangeKey="EQAAABYAAABtF8oI7i"/>
            {(groupId is null ? string.Empty : $"         <m:GroupId Id=\"{groupId}\" ChangeKey=\"EgAAAA==\"/>\n")}      </m:AddImContactToGroup>
            """);

    public static string Versioned(string version) => $"""
              <t:RequestServerVersion Version="{version}" />
              <t:MailboxCulture>en-US</t:MailboxCulture>
        """;

    public static string Impersonating(string connectingSidChild, string value) => $"""
              <t:RequestServerVersion Version="Exchange2013" />
              <t:ExchangeImpersonation><t:ConnectingSID><t:{connectingSidChild}>{value}</t:{connectingSidChild}></t:ConnectingSID></t:ExchangeImpersonation>
        """;

    public static string Envelope(string headers, string body) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
                       xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"
                       xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages">
           <soap:Header>
        {headers}
           </soap:Header>
           <soap:Body >
        {body}
           </soap:Body>
        </soap:Envelope>
        """;
}
