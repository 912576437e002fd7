using System.Net;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Soap.Reference;

public sealed class RemoveContactFromImListReferenceTests(FixedClockServer server) : ReferenceTest(server)
{
    private static string Request(string contactId) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                       xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages"
                       xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"
                       xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
           <soap:Header>
              <t:RequestServerVersion Version="Exchange2013" />
           </soap:Header>
           <soap:Body>
              <m:RemoveContactFromImList>
                 <m:ContactId Id="{contactId}"/>
              </m:RemoveContactFromImList>
           </soap:Body>
        </soap:Envelope>
        """;

    [Fact]
    public async Task Successful_response_to_removing_a_contact_of_the_list()
    {
        var contact = await AddNewContactAsync("tsmith@contoso.com", displayName: "Tony Smith");

        var reply = await Client.PostAsync(Request(contact));

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
                  <RemoveContactFromImListResponse ResponseClass="Success"
                                                   xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
                     <ResponseCode>NoError</ResponseCode>
                  </RemoveContactFromImListResponse>
               </s:Body>
            </s:Envelope>
            """, reply);
    }

    [Fact]
    public async Task Error_response_to_removing_a_contact_that_is_no_longer_on_the_list()
    {
        var contact = await AddNewContactAsync("tsmith@contoso.com", displayName: "Tony Smith");
        await ExpectSuccessAsync(Request(contact));

        var reply = await Client.PostAsync(Request(contact));

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
                  <RemoveContactFromImListResponse ResponseClass="Error"
                                                   xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
                     <MessageText>The specified object was not found in the store.</MessageText>
                     <ResponseCode>ErrorItemNotFound</ResponseCode>
                     <DescriptiveLinkKey>0</DescriptiveLinkKey>
                  </RemoveContactFromImListResponse>
               </s:Body>
            </s:Envelope>
            """, reply);
    }
}
