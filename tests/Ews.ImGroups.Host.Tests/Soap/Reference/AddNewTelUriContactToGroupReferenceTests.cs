using System.Net;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Reference;

public sealed class AddNewTelUriContactToGroupReferenceTests(FixedClockServer server) : ReferenceTest(server)
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
              <m:AddNewTelUriContactToGroup>
                 <m:TelUriAddress>tel:5625550100</m:TelUriAddress>
                 <m:ImContactSipUriAddress>sip:john@contoso.com</m:ImContactSipUriAddress>
                 <m:ImTelephoneNumber>5625550100</m:ImTelephoneNumber>
                 <m:GroupId Id="{groupId}"/>
              </m:AddNewTelUriContactToGroup>
           </soap:Body>
        </soap:Envelope>
        """;

    [Fact]
    public async Task Successful_response_shows_the_telephone_contact_s_persona()
    {
        var group = await AddGroupAsync("MyCustomGroup");

        var reply = await Client.PostAsync(Request(group));

        reply.Status.Should().Be(HttpStatusCode.OK);
        AssertExample("""
            <?xml version="1.0" encoding="utf-8"?>
            <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"
                        xmlns:xsd="http://www.w3.org/2001/XMLSchema"
                        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                        xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types">
               <s:Header>
                  <h:ServerVersionInfo MajorVersion="15"
                                       MinorVersion="0"
                                       MajorBuildNumber="545"
                                       MinorBuildNumber="11"
                                       Version="Exchange2013"
                                       xmlns:h="http://schemas.microsoft.com/exchange/services/2006/types"
                                       xmlns="http://schemas.microsoft.com/exchange/services/2006/types" />
               </s:Header>
               <s:Body>
                  <AddNewTelUriContactToGroupResponse ResponseClass="Success"
                                                      xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
                     <ResponseCode>NoError</ResponseCode>
                     <Persona>
                        <t:PersonaId Id="AAQkADE686dX3s="/>
                        <t:PersonaType>Person</t:PersonaType>
                        <t:CreationTime>2012-10-29T23:10:13Z</t:CreationTime>
                        <t:DisplayName/>
                        <t:DisplayNameFirstLast>5625550100</t:DisplayNameFirstLast>
                        <t:DisplayNameLastFirst>5625550100</t:DisplayNameLastFirst>
                        <t:FileAs/>
                        <t:FileAsId >None</t:FileAsId>
                        <t:RelevanceScore >2147483647</t:RelevanceScore>
                        <t:Attributions>
                           <t:Attribution>
                              <t:Id>0</t:Id>
                              <t:SourceId Id="ABhHuhCAAA=" ChangeKey="EQAAABxFU"/>
                              <t:DisplayName>Lync Contacts</t:DisplayName>
                              <t:IsWritable>false</t:IsWritable>
                              <t:IsQuickContact>true</t:IsQuickContact>
                              <t:IsHidden>false</t:IsHidden>
                           </t:Attribution>
                        </t:Attributions>
                        <t:FileAsIds>
                           <t:StringAttributedValue>
                              <t:Value>None</t:Value>
                              <t:Attributions>
                                 <t:Attribution>0</t:Attribution>
                              </t:Attributions>
                           </t:StringAttributedValue>
                        </t:FileAsIds>
                        <t:OtherTelephones>
                           <t:PhoneNumberAttributedValue>
                              <t:Value>
                                 <t:Number>5625550100</t:Number>
                                 <t:Type>Other</t:Type>
                              </t:Value>
                              <t:Attributions>
                                 <t:Attribution>0</t:Attribution>
                              </t:Attributions>
                           </t:PhoneNumberAttributedValue>
                        </t:OtherTelephones>
                     </Persona>
                  </AddNewTelUriContactToGroupResponse>
               </s:Body>
            </s:Envelope>
            """, reply);
    }

    [Fact]
    public async Task Error_response_to_a_well_formed_id_of_no_group_in_the_mailbox()
    {
        var group = await AddGroupAsync("MyCustomGroup");
        await ExpectSuccessAsync(Requests.RemoveImGroup(group));

        var reply = await Client.PostAsync(Request(group));

        reply.Status.Should().Be(HttpStatusCode.OK);
        AssertExample("""
            <?xml version="1.0" encoding="utf-8"?>
            <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">
               <s:Header>
                  <h:ServerVersionInfo MajorVersion="15"
                                       MinorVersion="0"
                                       MajorBuildNumber="545"
                                       MinorBuildNumber="11"
                                       Version="Exchange2013"
                                       xmlns:h="http://schemas.microsoft.com/exchange/services/2006/types"
                                       xmlns="http://schemas.microsoft.com/exchange/services/2006/types"
                                       xmlns:xsd="http://www.w3.org/2001/XMLSchema"
                                       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>
               </s:Header>
               <s:Body xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                       xmlns:xsd="http://www.w3.org/2001/XMLSchema">
                  <AddNewTelUriContactToGroupResponse ResponseClass="Error"
                                                      xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
                     <MessageText>The specified object was not found in the store.</MessageText>
                     <ResponseCode>ErrorItemNotFound</ResponseCode>
                     <DescriptiveLinkKey>0</DescriptiveLinkKey>
                  </AddNewTelUriContactToGroupResponse>
               </s:Body>
            </s:Envelope>
            """, reply);
    }
}
