using System.Net;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Reference;

public sealed class GetImItemListReferenceTests(FixedClockServer server) : ReferenceTest(server)
{
    /// <summary>A mailbox of its own, so the list holds only what the example shows.</summary>
    private const string Owner = "pat@contoso.com";

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
              <m:GetImItemList/>
           </soap:Body>
        </soap:Envelope>
        """;

    [Fact]
    public async Task Successful_response_lists_the_system_groups_a_user_group_and_two_personas()
    {
        (await AdminHttp.PostAsync(Client.Http, "/admin/api/mailboxes", new { smtpAddress = Owner })).Status.Should().Be(HttpStatusCode.Created);
        await SeedImListAsync(Owner, """
            {
              "contacts": [
                { "key": "anthony", "displayName": "Anthony Smith", "givenName": "Anthony", "surname": "Smith",
                  "emailAddress": "tsmith@contoso.com", "emailDisplayName": "tsmith@contoso.com",
                  "homePhone": "4255550110", "mobilePhone": "4255550120", "folder": "Contacts" }
              ]
            }
            """);
        // The system groups come first: Other Contacts, Tagged, Favorites.
        var favorites = (await ListAsync(Owner)).GroupIds()[2];
        var custom = await AddGroupAsync("MyCustomGroup2", Owner);
        var terence = (await ExpectSuccessAsync(Requests.AddNewImContactToGroup("tadams@contoso.com", "Terence Adams", favorites), Owner)).SourceIds().Single();
        await ExpectSuccessAsync(Requests.AddImContactToGroup(terence, custom), Owner);
        await ExpectSuccessAsync(Requests.AddNewImContactToGroup("tsmith@contoso.com", "Tony Smith", custom), Owner);

        var reply = await Client.PostAsync(Request, asUser: Owner);

        reply.Status.Should().Be(HttpStatusCode.OK);
        // The page writes EmailAddresses' items as EmailAddress; the schema's ArrayOfEmailAddressesType names them Address.
        AssertExample("""
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
                  <GetImItemListResponse ResponseClass="Success"
                                         xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
                     <ResponseCode>NoError</ResponseCode>
                     <ImItemList>
                        <Groups xmlns="http://schemas.microsoft.com/exchange/services/2006/types">
                           <ImGroup>
                              <DisplayName>Other Contacts</DisplayName>
                              <GroupType>IPM.DistList.MOC.OtherContacts</GroupType>
                              <ExchangeStoreId Id="AAMkAGQ1MjJjMTBkLThQoTbWAAAAAAQUAAA="
                                               ChangeKey="EgAAAA==" />
                           </ImGroup>
                           <ImGroup>
                              <DisplayName>Tagged</DisplayName>
                              <GroupType>IPM.DistList.MOC.Tagged</GroupType>
                              <ExchangeStoreId Id="AAMkAGQ1MjJAAQTAAA="
                                               ChangeKey="EgAAAA==" />
                           </ImGroup>
                           <ImGroup>
                              <DisplayName>Favorites</DisplayName>
                              <GroupType>IPM.DistList.MOC.Favorites</GroupType>
                              <ExchangeStoreId Id="AAMkAGQ1MjJjMTAAAAAQSAAA="
                                               ChangeKey="EgAAAA==" />
                              <MemberCorrelationKey>
                                 <ItemId Id="AAMkAGQ1MjJtt/bhQoTbWAAAAAAvcAAA="
                                         ChangeKey="EQAAAA==" />
                              </MemberCorrelationKey>
                           </ImGroup>
                           <ImGroup>
                              <DisplayName>MyCustomGroup2</DisplayName>
                              <GroupType>IPM.DistList.MOC.UserGroup</GroupType>
                              <ExchangeStoreId Id="AAMkAGQ1MjJjKAAA="
                                               ChangeKey="EgAAAA==" />
                              <MemberCorrelationKey>
                                 <ItemId Id="AAMkAGQ1Matt/bhQoTbWAAAAAAvcAAA="
                                         ChangeKey="EQAAAA==" />
                                 <ItemId Id="AAMkAGQ1MjJjMTBkTbWAAAAAAveAAA="
                                         ChangeKey="EQAAAA==" />
                              </MemberCorrelationKey>
                           </ImGroup>
                        </Groups>
                        <Personas xmlns="http://schemas.microsoft.com/exchange/services/2006/types">
                           <Persona>
                              <PersonaId Id="AAQkAGQ1MjJjMTBkLTc4YkZmRkYQAQAFgxE1nBcqRGgYWWorM9/+s=" />
                              <PersonaType>Person</PersonaType>
                              <CreationTime>2012-01-12T22:14:36Z</CreationTime>
                              <DisplayName>Anthony Smith</DisplayName>
                              <DisplayNameFirstLast>Anthony Smith</DisplayNameFirstLast>
                              <DisplayNameLastFirst>Smith Anthony</DisplayNameLastFirst>
                              <FileAs>Smith, Anthony</FileAs>
                              <FileAsId>LastCommaFirst</FileAsId>
                              <GivenName>Anthony</GivenName>
                              <Surname>Smith</Surname>
                              <EmailAddress>
                                 <Name>tsmith@contoso.com</Name>
                                 <EmailAddress>tsmith@contoso.com</EmailAddress>
                                 <RoutingType>SMTP</RoutingType>
                              </EmailAddress>
                              <EmailAddresses>
                                 <Address>
                                    <Name>tsmith@contoso.com</Name>
                                    <EmailAddress>tsmith@contoso.com</EmailAddress>
                                    <RoutingType>SMTP</RoutingType>
                                 </Address>
                              </EmailAddresses>
                              <ImAddress>tsmith@contoso.com</ImAddress>
                              <RelevanceScore>2147483647</RelevanceScore>
                              <Attributions>
                                 <Attribution>
                                    <Id>0</Id>
                                    <SourceId Id="AQMkAGQ1MjIAYzEwZC03OGNlLTQ5Bq239uFChNtYAAAIvDAAAAA=="
                                              ChangeKey="EQAAABYAAABtF8oI7iVOQatt/bhQoTbWAAAAADB3" />
                                    <DisplayName>Outlook</DisplayName>
                                    <IsWritable>true</IsWritable>
                                    <IsQuickContact>false</IsQuickContact>
                                    <IsHidden>false</IsHidden>
                                    <FolderId Id="AQMkAGQ1MjIAYzEMikE3AQBtF8oI7iVOQatt/bhQoTbWAAADEAAAAA=="
                                              ChangeKey="AQAAAA==" />
                                 </Attribution>
                                 <Attribution>
                                    <Id>1</Id>
                                    <SourceId Id="AAMkAGQ1MjJjMTBkLTc4Y2UtNDA5Ny04/bhQoTbWAAAAAAveAAA="
                                              ChangeKey="EQAAABYAAABtF8oI7iVOQatt/bhQoTbWAAAAAAym" />
                                    <DisplayName>Outlook</DisplayName>
                                    <IsWritable>true</IsWritable>
                                    <IsQuickContact>true</IsQuickContact>
                                    <IsHidden>false</IsHidden>
                                    <FolderId Id="AAMkAGQ1MjJjMTBkLTc4Y2UtNDA5Qatt/bhQoTbWAAAAAAvZAAA="
                                              ChangeKey="AQAAAA==" />
                                 </Attribution>
                              </Attributions>
                              <DisplayNames>
                                 <StringAttributedValue>
                                    <Value>Anthony Smith</Value>
                                    <Attributions>
                                       <Attribution>0</Attribution>
                                    </Attributions>
                                 </StringAttributedValue>
                                 <StringAttributedValue>
                                    <Value>Tony Smith</Value>
                                    <Attributions>
                                       <Attribution>1</Attribution>
                                    </Attributions>
                                 </StringAttributedValue>
                              </DisplayNames>
                              <FileAses>
                                 <StringAttributedValue>
                                    <Value>Smith, Anthony</Value>
                                    <Attributions>
                                       <Attribution>0</Attribution>
                                    </Attributions>
                                 </StringAttributedValue>
                              </FileAses>
                              <FileAsIds>
                                 <StringAttributedValue>
                                    <Value>LastCommaFirst</Value>
                                    <Attributions>
                                       <Attribution>0</Attribution>
                                    </Attributions>
                                 </StringAttributedValue>
                                 <StringAttributedValue>
                                    <Value>None</Value>
                                    <Attributions>
                                       <Attribution>1</Attribution>
                                    </Attributions>
                                 </StringAttributedValue>
                              </FileAsIds>
                              <GivenNames>
                                 <StringAttributedValue>
                                    <Value>Anthony</Value>
                                    <Attributions>
                                       <Attribution>0</Attribution>
                                    </Attributions>
                                 </StringAttributedValue>
                              </GivenNames>
                              <Surnames>
                                 <StringAttributedValue>
                                    <Value>Smith</Value>
                                    <Attributions>
                                       <Attribution>0</Attribution>
                                    </Attributions>
                                 </StringAttributedValue>
                              </Surnames>
                              <HomePhones>
                                 <PhoneNumberAttributedValue>
                                    <Value>
                                       <Number>4255550110</Number>
                                       <Type>Home</Type>
                                    </Value>
                                    <Attributions>
                                       <Attribution>0</Attribution>
                                    </Attributions>
                                 </PhoneNumberAttributedValue>
                              </HomePhones>
                              <MobilePhones>
                                 <PhoneNumberAttributedValue>
                                    <Value>
                                       <Number>4255550120</Number>
                                       <Type>Mobile</Type>
                                    </Value>
                                    <Attributions>
                                       <Attribution>0</Attribution>
                                    </Attributions>
                                 </PhoneNumberAttributedValue>
                              </MobilePhones>
                              <Emails1>
                                 <EmailAddressAttributedValue>
                                    <Value>
                                       <Name>tsmith@contoso.com</Name>
                                       <EmailAddress>tsmith@contoso.com</EmailAddress>
                                       <RoutingType>SMTP</RoutingType>
                                    </Value>
                                    <Attributions>
                                       <Attribution>0</Attribution>
                                       <Attribution>1</Attribution>
                                    </Attributions>
                                 </EmailAddressAttributedValue>
                              </Emails1>
                              <ImAddresses>
                                 <StringAttributedValue>
                                    <Value>tsmith@contoso.com</Value>
                                    <Attributions>
                                       <Attribution>1</Attribution>
                                    </Attributions>
                                 </StringAttributedValue>
                              </ImAddresses>
                           </Persona>
                           <Persona>
                              <PersonaId Id="AAQkAGQ1MjJjMTBkLkYQAQAJ3EkhEEXN5KufGbSYJanZk=" />
                              <PersonaType>Person</PersonaType>
                              <CreationTime>2012-01-05T23:06:58Z</CreationTime>
                              <DisplayName>Terence Adams</DisplayName>
                              <DisplayNameFirstLast>Terence Adams</DisplayNameFirstLast>
                              <DisplayNameLastFirst>Terence Adams</DisplayNameLastFirst>
                              <FileAsId>None</FileAsId>
                              <EmailAddress>
                                 <Name>Terence Adams</Name>
                                 <EmailAddress>tadams@contoso.com</EmailAddress>
                                 <RoutingType>SMTP</RoutingType>
                              </EmailAddress>
                              <EmailAddresses>
                                 <Address>
                                    <Name>Terence Adams</Name>
                                    <EmailAddress>tadams@contoso.com</EmailAddress>
                                    <RoutingType>SMTP</RoutingType>
                                 </Address>
                              </EmailAddresses>
                              <ImAddress>tadams@contoso.com</ImAddress>
                              <RelevanceScore>2147483647</RelevanceScore>
                              <Attributions>
                                 <Attribution>
                                    <Id>0</Id>
                                    <SourceId Id="AAMkAGQ1MjVOQatt/bhQoTbWAAAA7iVOQatt/bhQoTbWAAAAAAvcAAA="
                                              ChangeKey="EQAAABYAAABtF8oI7iVOQatt/bhQoTbWAAAAAAyg" />
                                    <DisplayName>Outlook</DisplayName>
                                    <IsWritable>true</IsWritable>
                                    <IsQuickContact>true</IsQuickContact>
                                    <IsHidden>false</IsHidden>
                                    <FolderId Id="AAMkAGQ1MjJjMTBkLTc4Y2rBtF8oI7iVOQatt/bhQoTbWAAAAAAvZAAA="
                                              ChangeKey="AQAAAA==" />
                                 </Attribution>
                              </Attributions>
                              <DisplayNames>
                                 <StringAttributedValue>
                                    <Value>Terence Adams</Value>
                                    <Attributions>
                                       <Attribution>0</Attribution>
                                    </Attributions>
                                 </StringAttributedValue>
                              </DisplayNames>
                              <FileAsIds>
                                 <StringAttributedValue>
                                    <Value>None</Value>
                                    <Attributions>
                                       <Attribution>0</Attribution>
                                    </Attributions>
                                 </StringAttributedValue>
                              </FileAsIds>
                              <Emails1>
                                 <EmailAddressAttributedValue>
                                    <Value>
                                       <Name>Terence Adams</Name>
                                       <EmailAddress>tadams@contoso.com</EmailAddress>
                                       <RoutingType>SMTP</RoutingType>
                                    </Value>
                                    <Attributions>
                                       <Attribution>0</Attribution>
                                    </Attributions>
                                 </EmailAddressAttributedValue>
                              </Emails1>
                              <ImAddresses>
                                 <StringAttributedValue>
                                    <Value>tadams@contoso.com</Value>
                                    <Attributions>
                                       <Attribution>0</Attribution>
                                    </Attributions>
                                 </StringAttributedValue>
                              </ImAddresses>
                           </Persona>
                        </Personas>
                     </ImItemList>
                  </GetImItemListResponse>
               </s:Body>
            </s:Envelope>
            """, reply);
    }

    [Fact]
    public async Task Error_response_is_the_fault_for_an_incorrect_server_version()
    {
        var reply = await Client.PostAsync(Request.Replace("Exchange2013", "Exchange2010_SP2", StringComparison.Ordinal));

        reply.Status.Should().Be(HttpStatusCode.InternalServerError);
        AssertExample("""
            <?xml version="1.0" encoding="utf-8"?>
            <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">
               <s:Body>
                  <s:Fault>
                     <faultcode xmlns:a="http://schemas.microsoft.com/exchange/services/2006/types">a:ErrorIncorrectSchemaVersion</faultcode>
                     <faultstring xml:lang="en-US">The request is valid but does not specify the correct server version in the RequestServerVersion SOAP header.  Ensure that the RequestServerVersion SOAP header is set with the correct RequestServerVersionValue.</faultstring>
                     <detail>
                        <e:ResponseCode xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">ErrorIncorrectSchemaVersion</e:ResponseCode>
                        <e:Message xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">The request is valid but does not specify the correct server version in the RequestServerVersion SOAP header.  Ensure that the RequestServerVersion SOAP header is set with the correct RequestServerVersionValue.</e:Message>
                     </detail>
                  </s:Fault>
               </s:Body>
            </s:Envelope>
            """, reply);
    }
}
