namespace Ews.ImGroups.Host.Tests.Infrastructure;

/// <summary>Expected answers, written in the layout of the reference response examples.</summary>
public static class Responses
{
    private const string TypesNamespace = "http://schemas.microsoft.com/exchange/services/2006/types";

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

    /// <summary>The answer of operations that return only the response code.</summary>
    public static string Success(string operation) => WithServerVersion($"""
              <{operation}Response ResponseClass="Success"
                                  xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
                 <ResponseCode>NoError</ResponseCode>
              </{operation}Response>
        """);

    /// <summary>A GetImItemList answer; <paramref name="groups"/> and <paramref name="personas"/> are the lists' children.</summary>
    public static string GetImItemList(string groups, string personas = "") => ImItemList("GetImItemList", groups, personas);

    public static string GetImItems(string groups, string personas = "") => ImItemList("GetImItems", groups, personas);

    /// <summary>Alice's list as every mailbox starts it: the three system groups, no personas.</summary>
    public static string AliceFreshList() => GetImItemList(AliceSystemGroups());

    /// <summary>Alice's system groups, each with its change key and member contacts.</summary>
    public static string AliceSystemGroups(
        (string ChangeKey, string[] Members)? otherContacts = null,
        (string ChangeKey, string[] Members)? tagged = null,
        (string ChangeKey, string[] Members)? favorites = null) =>
        ImGroup("Other Contacts", "IPM.DistList.MOC.OtherContacts", Users.AliceOtherContacts, otherContacts?.ChangeKey ?? ItemIds.NewGroupChangeKey, otherContacts?.Members)
        + ImGroup("Tagged", "IPM.DistList.MOC.Tagged", Users.AliceTagged, tagged?.ChangeKey ?? ItemIds.NewGroupChangeKey, tagged?.Members)
        + ImGroup("Favorites", "IPM.DistList.MOC.Favorites", Users.AliceFavorites, favorites?.ChangeKey ?? ItemIds.NewGroupChangeKey, favorites?.Members);

    public static string UserGroup(string displayName, string id, string changeKey, params string[] memberContactIds) =>
        ImGroup(displayName, "IPM.DistList.MOC.UserGroup", id, changeKey, memberContactIds);

    public static string DistributionGroup(string displayName, string id, string changeKey, string smtpAddress) =>
        ImGroup(displayName, "IPM.DistList.MOC.DG", id, changeKey, null, smtpAddress);

    /// <summary>
    /// A group inside <c>Groups</c>, whose default namespace makes it a <c>t:ImGroup</c>. Members are contacts never
    /// changed since they were made, so their change key is the new-contact one.
    /// </summary>
    public static string ImGroup(string displayName, string groupType, string id, string changeKey, IReadOnlyCollection<string>? memberContactIds = null, string? smtpAddress = null)
    {
        var members = memberContactIds is { Count: > 0 }
            ? $"""
                        <MemberCorrelationKey>
              {string.Concat(memberContactIds.Select(m => $"                     <ItemId Id=\"{m}\" ChangeKey=\"{ItemIds.NewContactChangeKey}\" />\n"))}                  </MemberCorrelationKey>

              """
            : string.Empty;
        var smtp = smtpAddress is null ? string.Empty : $"                  <SmtpAddress>{smtpAddress}</SmtpAddress>\n";
        return $"""
                           <ImGroup>
                              <DisplayName>{displayName}</DisplayName>
                              <GroupType>{groupType}</GroupType>
                              <ExchangeStoreId Id="{id}"
                                               ChangeKey="{changeKey}" />
            {members}{smtp}               </ImGroup>

            """;
    }

    /// <summary>A persona inside <c>Personas</c>, whose default namespace makes it a <c>t:Persona</c>.</summary>
    public static string Persona(string fields) => $"""
                       <Persona>
        {fields}
                       </Persona>

        """;

    /// <summary>The persona of Alice's seeded contact Bob Brown, an address-book contact: not a quick contact.</summary>
    public static string AliceContactBobPersona(string creationTime) =>
        ContactPersonaFields(1, creationTime, "Bob Brown", "sip:bob@contoso.com", "bob@contoso.com", "Bob", "Brown", isQuickContact: false);

    /// <summary>
    /// The children of a persona that shows a contact with an IM address, each in the types namespace: as Exchange
    /// shows a contact of its own (with given name and surname) or a quick contact (display name only).
    /// </summary>
    public static string ContactPersonaFields(
        long contactRow,
        string creationTime,
        string displayName,
        string imAddress,
        string? emailAddress = null,
        string? givenName = null,
        string? surname = null,
        bool isQuickContact = true)
    {
        var named = givenName is not null && surname is not null;
        var names = named
            ? $"""
                  <DisplayNameFirstLast xmlns="{TypesNamespace}">{givenName} {surname}</DisplayNameFirstLast>
                  <DisplayNameLastFirst xmlns="{TypesNamespace}">{surname} {givenName}</DisplayNameLastFirst>
                  <FileAs xmlns="{TypesNamespace}">{surname}, {givenName}</FileAs>
                  <FileAsId xmlns="{TypesNamespace}">LastCommaFirst</FileAsId>
                  <GivenName xmlns="{TypesNamespace}">{givenName}</GivenName>
                  <Surname xmlns="{TypesNamespace}">{surname}</Surname>
              """
            : $"""
                  <DisplayNameFirstLast xmlns="{TypesNamespace}">{displayName}</DisplayNameFirstLast>
                  <DisplayNameLastFirst xmlns="{TypesNamespace}">{displayName}</DisplayNameLastFirst>
                  <FileAsId xmlns="{TypesNamespace}">None</FileAsId>
              """;
        var email = emailAddress is null
            ? string.Empty
            : $"""
                  <EmailAddress xmlns="{TypesNamespace}">
                     <Name>{displayName}</Name>
                     <EmailAddress>{emailAddress}</EmailAddress>
                     <RoutingType>SMTP</RoutingType>
                  </EmailAddress>
                  <EmailAddresses xmlns="{TypesNamespace}">
                     <Address>
                        <Name>{displayName}</Name>
                        <EmailAddress>{emailAddress}</EmailAddress>
                        <RoutingType>SMTP</RoutingType>
                     </Address>
                  </EmailAddresses>
              """;
        var fileAs = named ? $"{surname}, {givenName}" : null;
        return $"""
                  <PersonaId Id="{ItemIds.AlicePersona(contactRow)}" xmlns="{TypesNamespace}" />
                  <PersonaType xmlns="{TypesNamespace}">Person</PersonaType>
                  <CreationTime xmlns="{TypesNamespace}">{creationTime}</CreationTime>
                  <DisplayName xmlns="{TypesNamespace}">{displayName}</DisplayName>
            {names}
            {email}
                  <ImAddress xmlns="{TypesNamespace}">{imAddress}</ImAddress>
                  <RelevanceScore xmlns="{TypesNamespace}">2147483647</RelevanceScore>
            {Attribution(contactRow, "Outlook", isWritable: true, isQuickContact, ItemIds.AliceFolder(isQuickContact ? ItemIds.QuickContactsFolder : ItemIds.ContactsFolder))}
            {Attributed("DisplayNames", displayName)}
            {Attributed("FileAses", fileAs)}
            {Attributed("FileAsIds", named ? "LastCommaFirst" : "None")}
            {Attributed("GivenNames", givenName)}
            {Attributed("Surnames", surname)}
            {(emailAddress is null ? string.Empty : AttributedEmail(displayName, emailAddress))}
            {Attributed("ImAddresses", imAddress)}
            """;
    }

    /// <summary>
    /// The children of a persona that shows a telephone contact, as in the reference's AddNewTelUriContactToGroup
    /// example: no name, the number in its place and among the other telephones, from Lync's read-only list.
    /// </summary>
    public static string TelUriPersonaFields(long contactRow, string creationTime, string telephoneNumber) => $"""
              <PersonaId Id="{ItemIds.AlicePersona(contactRow)}" xmlns="{TypesNamespace}" />
              <PersonaType xmlns="{TypesNamespace}">Person</PersonaType>
              <CreationTime xmlns="{TypesNamespace}">{creationTime}</CreationTime>
              <DisplayName xmlns="{TypesNamespace}" />
              <DisplayNameFirstLast xmlns="{TypesNamespace}">{telephoneNumber}</DisplayNameFirstLast>
              <DisplayNameLastFirst xmlns="{TypesNamespace}">{telephoneNumber}</DisplayNameLastFirst>
              <FileAs xmlns="{TypesNamespace}" />
              <FileAsId xmlns="{TypesNamespace}">None</FileAsId>
              <RelevanceScore xmlns="{TypesNamespace}">2147483647</RelevanceScore>
        {Attribution(contactRow, "Lync Contacts", isWritable: false, isQuickContact: true, folderId: null)}
        {Attributed("FileAsIds", "None")}
              <OtherTelephones xmlns="{TypesNamespace}">
                 <PhoneNumberAttributedValue>
                    <Value>
                       <Number>{telephoneNumber}</Number>
                       <Type>Other</Type>
                    </Value>
                    <Attributions>
                       <Attribution>0</Attribution>
                    </Attributions>
                 </PhoneNumberAttributedValue>
              </OtherTelephones>
        """;

    /// <summary>An array of one string value, held by the persona's only attribution; nothing for no value.</summary>
    private static string Attributed(string name, string? value) => string.IsNullOrEmpty(value)
        ? string.Empty
        : $"""
              <{name} xmlns="{TypesNamespace}">
                 <StringAttributedValue>
                    <Value>{value}</Value>
                    <Attributions>
                       <Attribution>0</Attribution>
                    </Attributions>
                 </StringAttributedValue>
              </{name}>
          """;

    private static string AttributedEmail(string name, string emailAddress) => $"""
              <Emails1 xmlns="{TypesNamespace}">
                 <EmailAddressAttributedValue>
                    <Value>
                       <Name>{name}</Name>
                       <EmailAddress>{emailAddress}</EmailAddress>
                       <RoutingType>SMTP</RoutingType>
                    </Value>
                    <Attributions>
                       <Attribution>0</Attribution>
                    </Attributions>
                 </EmailAddressAttributedValue>
              </Emails1>
        """;

    public static string AddNewImContactToGroupSuccess(string personaFields) => PersonaSuccess("AddNewImContactToGroup", personaFields);

    public static string AddNewTelUriContactToGroupSuccess(string personaFields) => PersonaSuccess("AddNewTelUriContactToGroup", personaFields);

    public static string AddDistributionGroupToImListSuccess(string displayName, string id) => WithServerVersion($"""
              <AddDistributionGroupToImListResponse ResponseClass="Success"
                                                    xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
                 <ResponseCode>NoError</ResponseCode>
                 <ImGroup>
                    <DisplayName xmlns="{TypesNamespace}">{displayName}</DisplayName>
                    <GroupType xmlns="{TypesNamespace}">IPM.DistList.MOC.DG</GroupType>
                    <ExchangeStoreId Id="{id}"
                                     ChangeKey="EgAAAA=="
                                     xmlns="{TypesNamespace}"/>
                 </ImGroup>
              </AddDistributionGroupToImListResponse>
        """);

    public static string Error(string operation, string messageText, string responseCode) => WithServerVersion($"""
              <{operation}Response ResponseClass="Error"
                                  xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
                 <MessageText>{messageText}</MessageText>
                 <ResponseCode>{responseCode}</ResponseCode>
                 <DescriptiveLinkKey>0</DescriptiveLinkKey>
              </{operation}Response>
        """);

    /// <summary>As the reference's AddNewImContactToGroup error example: the GUID of the mailbox the group id names.</summary>
    public static string ErrorNonExistentMailbox(string operation, Guid mailboxGuid) => WithServerVersion($"""
              <{operation}Response ResponseClass="Error"
                                  xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
                 <MessageText>No mailbox with such guid.</MessageText>
                 <ResponseCode>ErrorNonExistentMailbox</ResponseCode>
                 <DescriptiveLinkKey>0</DescriptiveLinkKey>
                 <MessageXml>
                    <t:Value Name="MailboxGuid" xmlns:t="{TypesNamespace}">{mailboxGuid:D}</t:Value>
                 </MessageXml>
              </{operation}Response>
        """);

    public static string ErrorInvalidIdMalformed(string operation) => Error(operation, "Id is malformed.", "ErrorInvalidIdMalformed");

    public static string ErrorInvalidIdEmpty(string operation) => Error(operation, "Id must be non-empty.", "ErrorInvalidIdEmpty");

    public static string ErrorInvalidImContactId(string operation) =>
        Error(operation, "The specified Im Contact Id is invalid.", "ErrorInvalidImContactId");

    public static string ErrorInvalidImGroupId(string operation) =>
        Error(operation, "The specified Im Group Id is invalid.", "ErrorInvalidImGroupId");

    public static string ErrorItemNotFound(string operation) =>
        Error(operation, "The specified object was not found in the store.", "ErrorItemNotFound");

    public static string ErrorImGroupDisplayNameAlreadyExists(string operation) =>
        Error(operation, "An IM group with the specified display name already exists.", "ErrorImGroupDisplayNameAlreadyExists");

    public static string ErrorImGroupLimitReached(string operation) =>
        Error(operation, "The maximum number of IM groups has been reached.", "ErrorImGroupLimitReached");

    public static string ErrorImContactLimitReached(string operation) =>
        Error(operation, "The maximum number of IM contacts has been reached.", "ErrorImContactLimitReached");

    public static string ErrorInvalidImDistributionGroupSmtpAddress(string operation) =>
        Error(operation, "The specified IM distribution group SMTP address is invalid.", "ErrorInvalidImDistributionGroupSmtpAddress");

    public static string ErrorUnableToRemoveImContactFromGroup(string operation) =>
        Error(operation, "The members of a distribution group cannot be removed from it.", "ErrorUnableToRemoveImContactFromGroup");

    public static string ErrorCannotDeleteObject(string operation) =>
        Error(operation, "The system IM groups Other Contacts, Tagged and Favorites cannot be removed.", "ErrorCannotDeleteObject");

    public static string ErrorInvalidOperation(string operation) =>
        Error(operation, "The system IM groups Other Contacts, Tagged and Favorites cannot be renamed.", "ErrorInvalidOperation");

    private static string ImItemList(string operation, string groups, string personas) => WithServerVersion($"""
              <{operation}Response ResponseClass="Success"
                                     xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
                 <ResponseCode>NoError</ResponseCode>
                 <ImItemList>
                    <Groups xmlns="{TypesNamespace}">
        {groups}
                    </Groups>
                    <Personas xmlns="{TypesNamespace}">
        {personas}
                    </Personas>
                 </ImItemList>
              </{operation}Response>
        """);

    /// <summary>An AddNew* answer: its <c>Persona</c> is in the messages namespace, the persona's children in types.</summary>
    private static string PersonaSuccess(string operation, string personaFields) => WithServerVersion($"""
              <{operation}Response ResponseClass="Success"
                                   xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
                 <ResponseCode>NoError</ResponseCode>
                 <Persona>
        {personaFields}
                 </Persona>
              </{operation}Response>
        """);

    /// <summary>The single attribution of a persona: the contact item it shows, and the folder holding it if any.</summary>
    private static string Attribution(long contactRow, string source, bool isWritable, bool isQuickContact, string? folderId) => $"""
              <Attributions xmlns="{TypesNamespace}">
                 <Attribution>
                    <Id>0</Id>
                    <SourceId Id="{ItemIds.AliceContact(contactRow)}"
                              ChangeKey="{ItemIds.NewContactChangeKey}" />
                    <DisplayName>{source}</DisplayName>
                    <IsWritable>{(isWritable ? "true" : "false")}</IsWritable>
                    <IsQuickContact>{(isQuickContact ? "true" : "false")}</IsQuickContact>
                    <IsHidden>false</IsHidden>
                    {(folderId is null ? string.Empty : $"<FolderId Id=\"{folderId}\" ChangeKey=\"AQAAAA==\" />")}
                 </Attribution>
              </Attributions>
        """;

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
