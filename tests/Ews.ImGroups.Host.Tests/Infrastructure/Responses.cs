namespace Ews.ImGroups.Host.Tests.Infrastructure;

/// <summary>Expected answers, written in the layout of the reference response examples.</summary>
public static class Responses
{
    public static string WithServerVersion(string body, string version = "Exchange2013", int major = 15, int minor = 0, int majorBuild = 349, int minorBuild = 0) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">
           <s:Header>
              <h:ServerVersionInfo MajorVersion="{major}"
                                   MinorVersion="{minor}"
                                   MajorBuildNumber="{majorBuild}"
                                   MinorBuildNumber="{minorBuild}"
                                   Version="{version}"
                                   xmlns:h="http://schemas.microsoft.com/exchange/services/2006/types"
                                   xmlns="http://schemas.microsoft.com/exchange/services/2006/types"
                                   xmlns:xsd="http://www.w3.org/2001/XMLSchema"
                                   xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>
           </s:Header>
           <s:Body xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                   xmlns:xsd="http://www.w3.org/2001/XMLSchema">
        {body}
           </s:Body>
        </s:Envelope>
        """;

    public static string AddImGroupSuccess(string displayName, string id, string changeKey) => WithServerVersion($"""
              <AddImGroupResponse ResponseClass="Success"
                                  xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
                 <ResponseCode>NoError</ResponseCode>
                 <ImGroup>
                    <DisplayName xmlns="http://schemas.microsoft.com/exchange/services/2006/types">{displayName}</DisplayName>
                    <GroupType xmlns="http://schemas.microsoft.com/exchange/services/2006/types">IPM.DistList.MOC.UserGroup</GroupType>
                    <ExchangeStoreId Id="{id}"
                                     ChangeKey="{changeKey}"
                                     xmlns="http://schemas.microsoft.com/exchange/services/2006/types"/>
                 </ImGroup>
              </AddImGroupResponse>
        """);

    public static string AddImContactToGroupSuccess() => WithServerVersion("""
              <AddImContactToGroupResponse ResponseClass="Success"
                                           xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
                 <ResponseCode>NoError</ResponseCode>
              </AddImContactToGroupResponse>
        """);

    public static string Error(string operation, string messageText, string responseCode) => WithServerVersion($"""
              <{operation}Response ResponseClass="Error"
                                  xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
                 <MessageText>{messageText}</MessageText>
                 <ResponseCode>{responseCode}</ResponseCode>
                 <DescriptiveLinkKey>0</DescriptiveLinkKey>
              </{operation}Response>
        """);

    public static string SchemaFault(int line, int position, string violation) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">
           <s:Body>
              <s:Fault>
                 <faultcode xmlns:a="http://schemas.microsoft.com/exchange/services/2006/types">a:ErrorSchemaValidation</faultcode>
                 <faultstring xml:lang="en-US">The request failed schema validation: {violation}</faultstring>
                 <detail>
                    <e:ResponseCode xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">ErrorSchemaValidation</e:ResponseCode>
                    <e:Message xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">The request failed schema validation.</e:Message>
                    <t:MessageXml xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types">
                       <t:LineNumber>{line}</t:LineNumber>
                       <t:LinePosition>{position}</t:LinePosition>
                       <t:Violation>{violation}</t:Violation>
                    </t:MessageXml>
                 </detail>
              </s:Fault>
           </s:Body>
        </s:Envelope>
        """;

    public static string Fault(string responseCode, string message) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">
           <s:Body>
              <s:Fault>
                 <faultcode xmlns:a="http://schemas.microsoft.com/exchange/services/2006/types">a:{responseCode}</faultcode>
                 <faultstring xml:lang="en-US">{message}</faultstring>
                 <detail>
                    <e:ResponseCode xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">{responseCode}</e:ResponseCode>
                    <e:Message xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">{message}</e:Message>
                 </detail>
              </s:Fault>
           </s:Body>
        </s:Envelope>
        """;
}
