using System.Net;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Reference;

public sealed class RemoveImContactFromGroupReferenceTests(FixedClockServer server) : ReferenceTest(server)
{
    private static string Request(string contactId, string groupId) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
                       xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"
                       xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages">
           <soap:Header>
              <t:RequestServerVersion Version="Exchange2013" />
              <t:MailboxCulture>en-US</t:MailboxCulture>
           </soap:Header>
           <soap:Body >
              <m:RemoveImContactFromGroup>
                 <m:ContactId Id="{contactId}"
                              ChangeKey="EQAAABYAAABtF8oI7iVOQ"/>
                 <m:GroupId Id="{groupId}"
                            ChangeKey="EgAAAA=="/>
              </m:RemoveImContactFromGroup>
           </soap:Body>
        </soap:Envelope>
        """;

    [Fact]
    public async Task Successful_response_to_removing_a_member_from_its_group()
    {
        var group = await AddGroupAsync("MyCustomGroup");
        var contact = await AddNewContactAsync("tsmith@contoso.com", group, "Tony Smith");

        var reply = await Client.PostAsync(Request(contact, group));

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
                  <RemoveImContactFromGroupResponse ResponseClass="Success"
                                                    xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
                     <ResponseCode>NoError</ResponseCode>
                  </RemoveImContactFromGroupResponse>
               </s:Body>
            </s:Envelope>
            """, reply);
    }

    [Fact]
    public async Task Error_response_to_removing_a_contact_that_is_not_in_the_group()
    {
        var group = await AddGroupAsync("MyCustomGroup");
        var contact = await AddNewContactAsync("tsmith@contoso.com", Users.AliceFavorites, "Tony Smith");

        var reply = await Client.PostAsync(Request(contact, group));

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
                  <RemoveImContactFromGroupResponse ResponseClass="Error"
                                                    xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
                     <MessageText>The specified Im Contact Id is invalid.</MessageText>
                     <ResponseCode>ErrorInvalidImContactId</ResponseCode>
                     <DescriptiveLinkKey>0</DescriptiveLinkKey>
                  </RemoveImContactFromGroupResponse>
               </s:Body>
            </s:Envelope>
            """, reply);
    }
}
