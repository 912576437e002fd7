namespace Ews.ImGroups.Host.Tests.Infrastructure;

/// <summary>
/// Request envelopes in the layout of the reference examples, so line and position numbers in faults match them:
/// the operation's first child element is always on line 11.
/// </summary>
public static class Requests
{
    public const string ReferenceHeaders = """
              <t:RequestServerVersion Version="Exchange2013" />
              <t:MailboxCulture>en-US</t:MailboxCulture>
        """;

    public static string AddImGroup(string displayNameXml, string headers = ReferenceHeaders) =>
        Envelope(headers, $"""
                  <m:AddImGroup>
                     <m:DisplayName>{displayNameXml}</m:DisplayName>
                  </m:AddImGroup>
            """);

    public static string AddImContactToGroup(string contactId, string? groupId = null, string headers = ReferenceHeaders) =>
        Envelope(headers, $"""
                  <m:AddImContactToGroup>
                     <m:ContactId Id="{contactId}" ChangeKey="EQAAABYAAABtF8oI7i"/>
            {(groupId is null ? string.Empty : $"         <m:GroupId Id=\"{groupId}\" ChangeKey=\"EgAAAA==\"/>\n")}      </m:AddImContactToGroup>
            """);

    public static string GetImItemList(string headers = ReferenceHeaders) =>
        Envelope(headers, """
                  <m:GetImItemList/>
            """);

    /// <summary>Leaves out ContactIds or GroupIds when given none, as the schema wants them non-empty.</summary>
    public static string GetImItems(IEnumerable<string>? contactIds = null, IEnumerable<string>? groupIds = null, string headers = ReferenceHeaders) =>
        Envelope(headers, $"""
                  <m:GetImItems>
            {ItemIds("ContactIds", contactIds, "EQAAAA==")}{ItemIds("GroupIds", groupIds, "EgAAAA==")}      </m:GetImItems>
            """);

    public static string AddNewImContactToGroup(string imAddress, string? displayName = null, string? groupId = null, string headers = ReferenceHeaders) =>
        Envelope(headers, $"""
                  <m:AddNewImContactToGroup>
                     <m:ImAddress>{imAddress}</m:ImAddress>
            {Optional($"<m:DisplayName>{displayName}</m:DisplayName>", displayName)}{Optional($"<m:GroupId Id=\"{groupId}\" ChangeKey=\"EgAAAA==\"/>", groupId)}      </m:AddNewImContactToGroup>
            """);

    /// <summary>As in the reference example, the GroupId carries no ChangeKey.</summary>
    public static string AddNewTelUriContactToGroup(
        string telUriAddress, string sipUriAddress, string telephoneNumber, string? groupId = null, string headers = ReferenceHeaders) =>
        Envelope(headers, $"""
                  <m:AddNewTelUriContactToGroup>
                     <m:TelUriAddress>{telUriAddress}</m:TelUriAddress>
                     <m:ImContactSipUriAddress>{sipUriAddress}</m:ImContactSipUriAddress>
                     <m:ImTelephoneNumber>{telephoneNumber}</m:ImTelephoneNumber>
            {Optional($"<m:GroupId Id=\"{groupId}\"/>", groupId)}      </m:AddNewTelUriContactToGroup>
            """);

    public static string AddDistributionGroupToImList(string smtpAddress, string displayName, string headers = ReferenceHeaders) =>
        Envelope(headers, $"""
                  <m:AddDistributionGroupToImList>
                     <m:SmtpAddress>{smtpAddress}</m:SmtpAddress>
                     <m:DisplayName>{displayName}</m:DisplayName>
                  </m:AddDistributionGroupToImList>
            """);

    public static string RemoveDistributionGroupFromImList(string groupId, string headers = ReferenceHeaders) =>
        Envelope(headers, $"""
                  <m:RemoveDistributionGroupFromImList>
                     <m:GroupId Id="{groupId}"/>
                  </m:RemoveDistributionGroupFromImList>
            """);

    public static string RemoveImContactFromGroup(string contactId, string groupId, string headers = ReferenceHeaders) =>
        Envelope(headers, $"""
                  <m:RemoveImContactFromGroup>
                     <m:ContactId Id="{contactId}" ChangeKey="EQAAAA=="/>
                     <m:GroupId Id="{groupId}" ChangeKey="EgAAAA=="/>
                  </m:RemoveImContactFromGroup>
            """);

    public static string RemoveContactFromImList(string contactId, string headers = ReferenceHeaders) =>
        Envelope(headers, $"""
                  <m:RemoveContactFromImList>
                     <m:ContactId Id="{contactId}"/>
                  </m:RemoveContactFromImList>
            """);

    public static string RemoveImGroup(string groupId, string headers = ReferenceHeaders) =>
        Envelope(headers, $"""
                  <m:RemoveImGroup>
                     <m:GroupId Id="{groupId}"/>
                  </m:RemoveImGroup>
            """);

    public static string SetImGroup(string groupId, string newDisplayName, string headers = ReferenceHeaders) =>
        Envelope(headers, $"""
                  <m:SetImGroup>
                     <m:GroupId Id="{groupId}" ChangeKey="EgAAAA=="/>
                     <m:NewDisplayName>{newDisplayName}</m:NewDisplayName>
                  </m:SetImGroup>
            """);

    public static string SetImListMigrationCompleted(string completedXml, string headers = ReferenceHeaders) =>
        Envelope(headers, $"""
                  <m:SetImListMigrationCompleted>
                     <m:ImListMigrationCompleted>{completedXml}</m:ImListMigrationCompleted>
                  </m:SetImListMigrationCompleted>
            """);

    /// <summary>Only RequestServerVersion, as in the reference's RemoveContactFromImList example.</summary>
    public const string VersionOnlyHeaders = """
              <t:RequestServerVersion Version="Exchange2013" />
        """;

    public static string Versioned(string version) => $"""
              <t:RequestServerVersion Version="{version}" />
              <t:MailboxCulture>en-US</t:MailboxCulture>
        """;

    public static string Impersonating(string connectingSidChild, string value) => $"""
              <t:RequestServerVersion Version="Exchange2013" />
              <t:ExchangeImpersonation><t:ConnectingSID><t:{connectingSidChild}>{value}</t:{connectingSidChild}></t:ConnectingSID></t:ExchangeImpersonation>
        """;

    public static string Envelope(string headers, string body) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
                       xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"
                       xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages">
           <soap:Header>
        {headers}
           </soap:Header>
           <soap:Body >
        {body}
           </soap:Body>
        </soap:Envelope>
        """;

    /// <summary>A child line of the operation element, or nothing when there is no value.</summary>
    private static string Optional(string element, string? value) => value is null ? string.Empty : $"         {element}\n";

    private static string ItemIds(string name, IEnumerable<string>? ids, string changeKey) =>
        ids is null || !ids.Any()
            ? string.Empty
            : $"         <m:{name}>\n{string.Concat(ids.Select(id => $"            <t:ItemId Id=\"{id}\" ChangeKey=\"{changeKey}\"/>\n"))}         </m:{name}>\n";
}
