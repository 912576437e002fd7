using System.Text;

namespace Ews.ImGroups.Bench.Runner;

/// <summary>The requests the runner sends itself (wrk's are built by the Lua script, in the same layout).</summary>
public static class EwsRequests
{
    public const string Path = "/EWS/Exchange.asmx";
    public const string Success = "<ResponseCode>NoError</ResponseCode>";

    public static StringContent AddImGroup(string displayName) => new($"""
        <?xml version="1.0" encoding="UTF-8"?>
        <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
                       xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"
                       xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages">
           <soap:Header>
              <t:RequestServerVersion Version="Exchange2013" />
              <t:MailboxCulture>en-US</t:MailboxCulture>
           </soap:Header>
           <soap:Body>
              <m:AddImGroup>
                 <m:DisplayName>{displayName}</m:DisplayName>
              </m:AddImGroup>
           </soap:Body>
        </soap:Envelope>
        """, Encoding.UTF8, "text/xml");
}
