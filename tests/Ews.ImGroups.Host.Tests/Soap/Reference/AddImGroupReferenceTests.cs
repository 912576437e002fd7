using System.Net;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Reference;

public sealed class AddImGroupReferenceTests(FixedClockServer server) : ReferenceTest(server)
{
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
              <m:AddImGroup>
                 <m:DisplayName>MyCustomGroup</m:DisplayName>
              </m:AddImGroup>
           </soap:Body>
        </soap:Envelope>
        """;

    [Fact]
    public async Task Successful_response_shows_the_new_user_group()
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
                  <AddImGroupResponse ResponseClass="Success"
                                      xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
                     <ResponseCode>NoError</ResponseCode>
                     <ImGroup>
                        <DisplayName xmlns="http://schemas.microsoft.com/exchange/services/2006/types">MyCustomGroup</DisplayName>
                        <GroupType xmlns="http://schemas.microsoft.com/exchange/services/2006/types">IPM.DistList.MOC.UserGroup</GroupType>
                        <ExchangeStoreId Id="AAMkAGQ1MjJjMTBkLTc4Y2UtNDA5Ny04ZjU5LWI3MAAA="
                                         ChangeKey="EgAAAA=="
                                         xmlns="http://schemas.microsoft.com/exchange/services/2006/types"/>
                     </ImGroup>
                  </AddImGroupResponse>
               </s:Body>
            </s:Envelope>
            """, reply);
    }

    [Fact]
    public async Task Error_response_is_the_schema_fault_for_an_unescaped_ampersand_in_the_name()
    {
        // The page's display name ~!@#$%^& puts the ampersand at line 11, position 33 of the request.
        var reply = await Client.PostAsync(Request.Replace("MyCustomGroup", "~!@#$%^&", StringComparison.Ordinal));

        reply.Status.Should().Be(HttpStatusCode.InternalServerError);
        AssertExample("""
            <?xml version="1.0" encoding="utf-8"?>
            <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">
               <s:Body>
                  <s:Fault>
                     <faultcode xmlns:a="http://schemas.microsoft.com/exchange/services/2006/types">a:ErrorSchemaValidation</faultcode>
                     <faultstring xml:lang="en-US">The request failed schema validation: An error occurred while parsing EntityName. Line 11, position 33.</faultstring>
                     <detail>
                        <e:ResponseCode xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">ErrorSchemaValidation</e:ResponseCode>
                        <e:Message xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">The request failed schema validation.</e:Message>
                        <t:MessageXml xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types">
                           <t:LineNumber>11</t:LineNumber>
                           <t:LinePosition>33</t:LinePosition>
                           <t:Violation>An error occurred while parsing EntityName. Line 11, position 33.</t:Violation>
                        </t:MessageXml>
                     </detail>
                  </s:Fault>
               </s:Body>
            </s:Envelope>
            """, reply);
    }
}
