using System.Net;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Reference;

public sealed class RemoveDistributionGroupFromImListReferenceTests(FixedClockServer server) : ReferenceTest(server)
{
    private static string Request(string groupId) => $"""
        <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
                       xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"
                       xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages">
           <soap:Header>
              <t:RequestServerVersion Version="Exchange2013" />
              <t:MailboxCulture>en-US</t:MailboxCulture>
           </soap:Header>
           <soap:Body >
              <m:RemoveDistributionGroupFromImList>
                 <m:GroupId Id="{groupId}"/>
              </m:RemoveDistributionGroupFromImList>
           </soap:Body>
        </soap:Envelope>
        """;

    [Fact]
    public async Task Successful_response_to_removing_a_distribution_group_of_the_list()
    {
        var group = await AddDistributionGroupAsync("engineering@contoso.com", "Engineering");

        var reply = await Client.PostAsync(Request(group));

        reply.Status.Should().Be(HttpStatusCode.OK);
        AssertExample("""
            <?xml version="1.0" encoding="utf-8"?>
            <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">
               <s:Header>
                  <h:ServerVersionInfo MajorVersion="15"
                                       MinorVersion="0"
                                       MajorBuildNumber="556"
                                       MinorBuildNumber="8"
                                       Version="Exchange2013"
                                       xmlns:h="http://schemas.microsoft.com/exchange/services/2006/types"
                                       xmlns="http://schemas.microsoft.com/exchange/services/2006/types"
                                       xmlns:xsd="http://www.w3.org/2001/XMLSchema"
                                       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>
               </s:Header>
               <s:Body xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                       xmlns:xsd="http://www.w3.org/2001/XMLSchema">
                  <RemoveDistributionGroupFromImListResponse ResponseClass="Success"
                                                             xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
                     <ResponseCode>NoError</ResponseCode>
                  </RemoveDistributionGroupFromImListResponse>
               </s:Body>
            </s:Envelope>
            """, reply);
    }

    [Fact]
    public async Task Error_response_to_removing_a_distribution_group_removed_already()
    {
        var group = await AddDistributionGroupAsync("engineering@contoso.com", "Engineering");
        await ExpectSuccessAsync(Request(group));

        var reply = await Client.PostAsync(Request(group));

        reply.Status.Should().Be(HttpStatusCode.OK);
        AssertExample("""
            <?xml version="1.0" encoding="utf-8"?>
            <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">
               <s:Header>
                  <h:ServerVersionInfo MajorVersion="15"
                                       MinorVersion="0"
                                       MajorBuildNumber="556"
                                       MinorBuildNumber="8"
                                       Version="Exchange2013"
                                       xmlns:h="http://schemas.microsoft.com/exchange/services/2006/types"
                                       xmlns="http://schemas.microsoft.com/exchange/services/2006/types"
                                       xmlns:xsd="http://www.w3.org/2001/XMLSchema"
                                       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>
               </s:Header>
               <s:Body xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                       xmlns:xsd="http://www.w3.org/2001/XMLSchema">
                  <RemoveDistributionGroupFromImListResponse ResponseClass="Error"
                                                             xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
                     <MessageText>The specified object was not found in the store.</MessageText>
                     <ResponseCode>ErrorItemNotFound</ResponseCode>
                     <DescriptiveLinkKey>0</DescriptiveLinkKey>
                  </RemoveDistributionGroupFromImListResponse>
               </s:Body>
            </s:Envelope>
            """, reply);
    }
}
