using System.Net;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Reference;

public sealed class AddNewImContactToGroupReferenceTests(FixedClockServer server) : ReferenceTest(server)
{
    private static string Request(string groupId) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
                       xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"
                       xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages">
           <soap:Header>
              <t:RequestServerVersion Version="Exchange2013" />
              <t:MailboxCulture>en-US</t:MailboxCulture>
              <t:TimeZoneContext>
                 <t:TimeZoneDefinition Id="GMT Standard Time"/>
              </t:TimeZoneContext>
           </soap:Header>
           <soap:Body >
              <m:AddNewImContactToGroup>
                 <m:ImAddress>tsmith@contoso.com</m:ImAddress>
                 <m:DisplayName>Tony Smith</m:DisplayName>
                 <m:GroupId Id="{groupId}"
                            ChangeKey="EgAAAA=="/>
              </m:AddNewImContactToGroup>
           </soap:Body>
        </soap:Envelope>
        """;

    [Fact]
    public async Task Successful_response_shows_the_new_contact_s_persona()
    {
        var group = await AddGroupAsync("MyCustomGroup");

        var reply = await Client.PostAsync(Request(group));

        reply.Status.Should().Be(HttpStatusCode.OK);
        // The page writes the address element of an e-mail address as Address; the schema's EmailAddressType names it
        // EmailAddress. The page writes EmailAddresses' items as EmailAddress; ArrayOfEmailAddressesType names them Address.
        AssertExample("""
            <?xml version="1.0" encoding="utf-8"?>
            <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">
              <s:Header>
                <h:ServerVersionInfo MajorVersion="15"
                                     MinorVersion="0"
                                     MajorBuildNumber="349"
                                     MinorBuildNumber="0"
                                     Version="Exchange2013"
                                     xmlns="http://schemas.microsoft.com/exchange/services/2006/types"
                                     xmlns:xsd="http://www.w3.org/2001/XMLSchema"
                                     xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                                     xmlns:h="http://schemas.microsoft.com/exchange/services/2006/types" />
              </s:Header>
              <s:Body xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                      xmlns:xsd="http://www.w3.org/2001/XMLSchema">
                <AddNewImContactToGroupResponse ResponseClass="Success"
                                                xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
                  <ResponseCode>NoError</ResponseCode>
                  <Persona>
                    <PersonaId Id="AAQkAGQ1MjJjMTBkLTc4Y2UtNDA5Ny04ZjU5LWI3MTYzNGNkZmRkYQAQAJ3EkhEEXN5KufGbSYJanZk="
                               xmlns="http://schemas.microsoft.com/exchange/services/2006/types" />
                    <PersonaType xmlns="http://schemas.microsoft.com/exchange/services/2006/types">Person</PersonaType>
                    <CreationTime xmlns="http://schemas.microsoft.com/exchange/services/2006/types">2012-01-05T23:06:58Z</CreationTime>
                    <DisplayName xmlns="http://schemas.microsoft.com/exchange/services/2006/types">Tony Smith</DisplayName>
                    <DisplayNameFirstLast xmlns="http://schemas.microsoft.com/exchange/services/2006/types">Tony Smith</DisplayNameFirstLast>
                    <DisplayNameLastFirst xmlns="http://schemas.microsoft.com/exchange/services/2006/types">Tony Smith</DisplayNameLastFirst>
                    <FileAsId xmlns="http://schemas.microsoft.com/exchange/services/2006/types">None</FileAsId>
                    <EmailAddress xmlns="http://schemas.microsoft.com/exchange/services/2006/types">
                      <Name>Tony Smith</Name>
                      <EmailAddress>tsmith@contoso.com</EmailAddress>
                      <RoutingType>SMTP</RoutingType>
                    </EmailAddress>
                    <EmailAddresses xmlns="http://schemas.microsoft.com/exchange/services/2006/types">
                      <Address>
                        <Name>Tony Smith</Name>
                        <EmailAddress>tsmith@contoso.com</EmailAddress>
                        <RoutingType>SMTP</RoutingType>
                      </Address>
                    </EmailAddresses>
                    <ImAddress xmlns="http://schemas.microsoft.com/exchange/services/2006/types">tsmith@contoso.com</ImAddress>
                    <RelevanceScore xmlns="http://schemas.microsoft.com/exchange/services/2006/types">2147483647</RelevanceScore>
                    <Attributions xmlns="http://schemas.microsoft.com/exchange/services/2006/types">
                      <Attribution>
                        <Id>0</Id>
                        <SourceId Id="BtF8oI7iVOQatt/bhQoTbWAAAAAAvcAAA="
                                  ChangeKey="EQAAABYAAABtF8oIQoTbWAAAAAAyg" />
                        <DisplayName>Outlook</DisplayName>
                        <IsWritable>true</IsWritable>
                        <IsQuickContact>true</IsQuickContact>
                        <IsHidden>false</IsHidden>
                        <FolderId Id="AAMkAGQ1MjJjMTBkLTc4YhQoTbWAAAAAAvZAAA="
                                  ChangeKey="AQAAAA==" />
                      </Attribution>
                    </Attributions>
                    <DisplayNames xmlns="http://schemas.microsoft.com/exchange/services/2006/types">
                      <StringAttributedValue>
                        <Value>Tony Smith</Value>
                        <Attributions>
                          <Attribution>0</Attribution>
                        </Attributions>
                      </StringAttributedValue>
                    </DisplayNames>
                    <FileAsIds xmlns="http://schemas.microsoft.com/exchange/services/2006/types">
                      <StringAttributedValue>
                        <Value>None</Value>
                        <Attributions>
                          <Attribution>0</Attribution>
                        </Attributions>
                      </StringAttributedValue>
                    </FileAsIds>
                    <Emails1 xmlns="http://schemas.microsoft.com/exchange/services/2006/types">
                      <EmailAddressAttributedValue>
                        <Value>
                          <Name>Tony Smith</Name>
                          <EmailAddress>tsmith@contoso.com</EmailAddress>
                          <RoutingType>SMTP</RoutingType>
                        </Value>
                        <Attributions>
                          <Attribution>0</Attribution>
                        </Attributions>
                      </EmailAddressAttributedValue>
                    </Emails1>
                    <ImAddresses xmlns="http://schemas.microsoft.com/exchange/services/2006/types">
                      <StringAttributedValue>
                        <Value>tsmith@contoso.com</Value>
                        <Attributions>
                          <Attribution>0</Attribution>
                        </Attributions>
                      </StringAttributedValue>
                    </ImAddresses>
                  </Persona>
                </AddNewImContactToGroupResponse>
              </s:Body>
            </s:Envelope>
            """, reply);
    }

    [Fact]
    public async Task Error_response_to_a_group_in_another_mailbox_names_that_mailbox_s_guid()
    {
        var bobsGroup = await AddGroupAsync("MyCustomGroup", Users.Bob);

        var reply = await Client.PostAsync(Request(bobsGroup));

        reply.Status.Should().Be(HttpStatusCode.OK);
        AssertExample("""
            <?xml version="1.0" encoding="utf-8"?>
            <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">
               <s:Header>
                  <h:ServerVersionInfo MajorVersion="15"
                                       MinorVersion="0"
                                       MajorBuildNumber="578"
                                       MinorBuildNumber="11"
                                       Version="Exchange2013"
                                       xmlns:h="http://schemas.microsoft.com/exchange/services/2006/types"
                                       xmlns="http://schemas.microsoft.com/exchange/services/2006/types"
                                       xmlns:xsd="http://www.w3.org/2001/XMLSchema"
                                       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>
               </s:Header>
               <s:Body xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                       xmlns:xsd="http://www.w3.org/2001/XMLSchema">
                  <AddNewImContactToGroupResponse ResponseClass="Error"
                                                  xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
                     <MessageText>No mailbox with such guid.</MessageText>
                     <ResponseCode>ErrorNonExistentMailbox</ResponseCode>
                     <DescriptiveLinkKey>0</DescriptiveLinkKey>
                     <MessageXml>
                        <t:Value Name="MailboxGuid" xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types">d5fasdadcw3d-23de-2341-8f59-b71523fsddda</t:Value>
                     </MessageXml>
                  </AddNewImContactToGroupResponse>
               </s:Body>
            </s:Envelope>
            """, reply);
    }
}
