using System.Net;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Reference;

public sealed class RemoveImGroupReferenceTests(FixedClockServer server) : ReferenceTest(server)
{
    /// <summary>The page's own group id, which is not base64 of whole bytes and so is no id at all.</summary>
    private const string PageGroupId = "AAMkAGQ1MjJjMTBkLTc4Y2UtNDA5hQoTbWAAAAAAQRAAA=";

    private static string Request(string groupId) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
                       xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"
                       xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages">
           <soap:Header>
              <t:RequestServerVersion Version="Exchange2013" />
              <t:MailboxCulture>en-US</t:MailboxCulture>
           </soap:Header>
           <soap:Body >
              <m:RemoveImGroup>
                 <m:GroupId Id="{groupId}"
                            ChangeKey="EgAAAA=="/>
              </m:RemoveImGroup>
           </soap:Body>
        </soap:Envelope>
        """;

    [Fact]
    public async Task Successful_response_to_removing_a_user_group()
    {
        var group = await AddGroupAsync("MyCustomGroup");

        var reply = await Client.PostAsync(Request(group));

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
                  <RemoveImGroupResponse ResponseClass="Success"
                                         xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
                     <ResponseCode>NoError</ResponseCode>
                  </RemoveImGroupResponse>
               </s:Body>
            </s:Envelope>
            """, reply);
    }

    [Fact]
    public async Task ErrorInvalidImGroupId_response_to_removing_a_group_that_is_not_in_the_mailbox()
    {
        var group = await AddGroupAsync("MyCustomGroup");
        await ExpectSuccessAsync(Request(group));

        var reply = await Client.PostAsync(Request(group));

        reply.Status.Should().Be(HttpStatusCode.OK);
        AssertExample("""
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
                  <RemoveImGroupResponse ResponseClass="Error"
                                         xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
                     <MessageText>The specified Im Group Id is invalid.</MessageText>
                     <ResponseCode>ErrorInvalidImGroupId</ResponseCode>
                     <DescriptiveLinkKey>0</DescriptiveLinkKey>
                  </RemoveImGroupResponse>
               </s:Body>
            </s:Envelope>
            """, reply);
    }

    [Fact]
    public async Task ErrorInvalidIdMalformed_response_to_an_incorrectly_formatted_group_id()
    {
        await AddGroupAsync("MyCustomGroup");

        var reply = await Client.PostAsync(Request(PageGroupId));

        reply.Status.Should().Be(HttpStatusCode.OK);
        AssertExample("""
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
                  <RemoveImGroupResponse ResponseClass="Error"
                                         xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
                     <MessageText>Id is malformed.</MessageText>
                     <ResponseCode>ErrorInvalidIdMalformed</ResponseCode>
                     <DescriptiveLinkKey>0</DescriptiveLinkKey>
                  </RemoveImGroupResponse>
               </s:Body>
            </s:Envelope>
            """, reply);
    }
}
