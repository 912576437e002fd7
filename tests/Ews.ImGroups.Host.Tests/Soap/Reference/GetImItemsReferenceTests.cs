using System.Net;
using System.Xml.Linq;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Reference;

public sealed class GetImItemsReferenceTests(FixedClockServer server) : ReferenceTest(server)
{
    private static readonly XNamespace Types = "http://schemas.microsoft.com/exchange/services/2006/types";

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
              <m:GetImItems>
                 <m:ContactIds>
                    <t:ItemId Id="{contactId}" ChangeKey="EQAAABBmNDjF"/>
                 </m:ContactIds>
                 <m:GroupIds>
                    <t:ItemId Id="{groupId}" ChangeKey="EgAAAA=="/>
                 </m:GroupIds>
                 <m:ExtendedProperties>
                    <t:ExtendedProperty PropertyTag="0x3001" PropertyType="String"/>
                 </m:ExtendedProperties>
              </m:GetImItems>
           </soap:Body>
        </soap:Envelope>
        """;

    [Fact]
    public async Task Successful_response_shows_the_group_and_the_Lync_contact_with_the_asked_extended_property()
    {
        await SeedImListAsync(Users.Alice, """
            {
              "contacts": [ { "key": "tony", "displayName": "Tony Smith", "imAddress": "tsmith@contoso.com", "folder": "LyncContacts" } ],
              "groups": [ { "displayName": "Exchange SDK Team", "members": [ "tony" ] } ]
            }
            """);
        var list = await ListAsync();
        var group = list.Xml.Descendants(Types + "ImGroup").Single(g => g.Element(Types + "DisplayName")!.Value == "Exchange SDK Team")
            .Element(Types + "ExchangeStoreId")!.Attribute("Id")!.Value;
        var tony = list.MemberIds(group).Single();

        var reply = await Client.PostAsync(Request(tony, group));

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
                  <GetImItemsResponse ResponseClass="Success"
                                      xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
                     <ResponseCode>NoError</ResponseCode>
                     <ImItemList>
                        <Groups xmlns="http://schemas.microsoft.com/exchange/services/2006/types">
                           <ImGroup>
                              <DisplayName>Exchange SDK Team</DisplayName>
                              <GroupType>IPM.DistList.MOC.UserGroup</GroupType>
                              <ExchangeStoreId Id="AAMkADEzQrAABY7+0EAAA=" ChangeKey="EgAAAA=="/>
                              <MemberCorrelationKey>
                                 <ItemId Id="AAMkADEzOTExYjeGgGqm4QrAABmEhpSAAA=" ChangeKey="EQAAAA=="/>
                              </MemberCorrelationKey>
                              <ExtendedProperties>
                                 <ExtendedProperty>
                                    <ExtendedFieldURI PropertyTag="0x3001" PropertyType="String"/>
                                    <Value>Exchange SDK Team</Value>
                                 </ExtendedProperty>
                              </ExtendedProperties>
                           </ImGroup>
                        </Groups>
                        <Personas xmlns="http://schemas.microsoft.com/exchange/services/2006/types">
                           <Persona>
                              <PersonaId Id="AAQkADEzOTBZImBzN5J/uHXc="/>
                              <PersonaType>Person</PersonaType>
                              <CreationTime>2012-11-07T00:10:35Z</CreationTime>
                              <DisplayName>Tony Smith</DisplayName>
                              <DisplayNameFirstLast>Tony Smith</DisplayNameFirstLast>
                              <DisplayNameLastFirst>Tony Smith</DisplayNameLastFirst>
                              <FileAs/>
                              <FileAsId>None</FileAsId>
                              <ImAddress>tsmith@contoso.com</ImAddress>
                              <RelevanceScore>2147483647</RelevanceScore>
                              <Attributions>
                                 <Attribution>
                                    <Id>0</Id>
                                    <SourceId Id="AAMkADEzhQaoeGgGqm4QrAABmEhpSAAA=" ChangeKey="EQArAABmNDjF"/>
                                    <DisplayName>Lync Contacts</DisplayName>
                                    <IsWritable>false</IsWritable>
                                    <IsQuickContact>true</IsQuickContact>
                                    <IsHidden>false</IsHidden>
                                 </Attribution>
                              </Attributions>
                              <DisplayNames>
                                 <StringAttributedValue>
                                    <Value>Tony Smith</Value>
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
                              <ImAddresses>
                                 <StringAttributedValue>
                                    <Value>tsmith@contoso.com</Value>
                                    <Attributions>
                                       <Attribution>0</Attribution>
                                    </Attributions>
                                 </StringAttributedValue>
                              </ImAddresses>
                              <ExtendedProperties>
                                 <ExtendedPropertyAttributedValue>
                                    <Value>
                                       <ExtendedFieldURI PropertyTag="0x3001" PropertyType="String"/>
                                       <Value>Tony Smith</Value>
                                    </Value>
                                    <Attributions>
                                       <Attribution>0</Attribution>
                                    </Attributions>
                                 </ExtendedPropertyAttributedValue>
                              </ExtendedProperties>
                           </Persona>
                        </Personas>
                     </ImItemList>
                  </GetImItemsResponse>
               </s:Body>
            </s:Envelope>
            """, reply);
    }
}
