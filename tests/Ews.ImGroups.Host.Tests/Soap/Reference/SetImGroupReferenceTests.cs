using System.Net;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Reference;

public sealed class SetImGroupReferenceTests(FixedClockServer server) : ReferenceTest(server)
{
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
              <m:SetImGroup>
                 <m:GroupId Id="{groupId}"
                            ChangeKey="EgAAAA=="/>
                 <m:NewDisplayName>MyNewGroupName</m:NewDisplayName>
              </m:SetImGroup>
           </soap:Body>
        </soap:Envelope>
        """;

    [Fact]
    public async Task Successful_response_to_renaming_a_user_group()
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
                  <SetImGroupResponse ResponseClass="Success"
                                      xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
                     <ResponseCode>NoError</ResponseCode>
                     </SetImGroupResponse>
                  </s:Body>
            </s:Envelope>
            """, reply);
    }

    [Fact]
    public async Task Error_response_to_a_name_another_group_has()
    {
        var group = await AddGroupAsync("MyCustomGroup");
        await AddGroupAsync("MyNewGroupName");

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
                  <SetImGroupResponse ResponseClass="Error"
                                      xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
                     <MessageText>An IM group with the specified display name already exists.</MessageText>
                     <ResponseCode>ErrorImGroupDisplayNameAlreadyExists</ResponseCode>
                     <DescriptiveLinkKey>0</DescriptiveLinkKey>
                  </SetImGroupResponse>
               </s:Body>
            </s:Envelope>
            """, reply);
    }
}
