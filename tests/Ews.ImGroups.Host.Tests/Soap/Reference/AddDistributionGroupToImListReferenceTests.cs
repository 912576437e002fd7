using System.Net;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Reference;

public sealed class AddDistributionGroupToImListReferenceTests(FixedClockServer server) : ReferenceTest(server)
{
    /// <summary>
    /// The page's request with a DisplayName added: the schema requires one though the page leaves it out. It names the
    /// group by its address, which is the display name the page's response shows.
    /// </summary>
    private const string Request = """
        <?xml version="1.0" encoding="UTF-8"?>
        <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
                       xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"
                       xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages">
           <soap:Header>
              <t:RequestServerVersion Version="Exchange2013" />
              <t:MailboxCulture>en-US</t:MailboxCulture>
           </soap:Header>
           <soap:Body >
              <m:AddDistributionGroupToImList>
                 <m:SmtpAddress>distributionlist1@example.com</m:SmtpAddress>
                 <m:DisplayName>distributionlist1@example.com</m:DisplayName>
              </m:AddDistributionGroupToImList>
           </soap:Body>
        </soap:Envelope>
        """;

    [Fact]
    public async Task Successful_response_shows_the_directory_group_on_the_list()
    {
        await SeedAsync("""
            { "distributionGroups": [ { "smtpAddress": "distributionlist1@example.com", "displayName": "Distribution list 1" } ] }
            """);

        var reply = await Client.PostAsync(Request);

        reply.Status.Should().Be(HttpStatusCode.OK);
        AssertExample("""
            <?xml version="1.0" encoding="utf-8"?>
            <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"
                        xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"
                        xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages">
               <s:Header>
                  <t:ServerVersionInfo MajorVersion="15"
                                       MinorVersion="0"
                                       MajorBuildNumber="349"
                                       MinorBuildNumber="0"
                                       Version="Exchange2013"/>
               </s:Header>
               <s:Body>
                  <m:AddDistributionGroupToImListResponse ResponseClass="Success">
                     <m:ResponseCode>NoError</m:ResponseCode>
                     <m:ImGroup>
                        <t:DisplayName>distributionlist1@example.com</t:DisplayName>
                        <t:GroupType>IPM.DistList.MOC.DG</t:GroupType>
                        <t:ExchangeStoreId Id="AAMkAGQ1MjJjAA="
                                         ChangeKey="EgAAAA=="/>
                  </m:ImGroup>
                  </m:AddDistributionGroupToImListResponse>
               </s:Body>
            </s:Envelope>
            """, reply);
    }

    [Fact]
    public async Task Error_response_to_a_group_the_directory_does_not_have()
    {
        var reply = await Client.PostAsync(Request);

        reply.Status.Should().Be(HttpStatusCode.OK);
        AssertExample("""
            <?xml version="1.0" encoding="utf-8"?>
            <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">
               <s:Header>
                  <h:ServerVersionInfo MajorVersion="15"
                                       MinorVersion="0"
                                       MajorBuildNumber="349"
                                       MinorBuildNumber="0"
                                       Version="Exchange2013"
                                       xmlns:h="http://schemas.microsoft.com/exchange/services/2006/types"
                                       xmlns="http://schemas.microsoft.com/exchange/services/2006/types"
                                       xmlns:xsd="http://www.w3.org/2001/XMLSchema"
                                       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>
               </s:Header>
               <s:Body xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                       xmlns:xsd="http://www.w3.org/2001/XMLSchema">
                  <AddDistributionGroupToImListResponse ResponseClass="Error"
                                                        xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
                     <MessageText>The specified IM distribution group SMTP address is invalid.</MessageText>
                     <ResponseCode>ErrorInvalidImDistributionGroupSmtpAddress</ResponseCode>
                     <DescriptiveLinkKey>0</DescriptiveLinkKey>
                  </AddDistributionGroupToImListResponse>
               </s:Body>
            </s:Envelope>
            """, reply);
    }
}
