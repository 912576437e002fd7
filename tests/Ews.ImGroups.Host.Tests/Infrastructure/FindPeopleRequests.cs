using Ews.ImGroups.Domain.Ids;

namespace Ews.ImGroups.Host.Tests.Infrastructure;

/// <summary>FindPeople requests, in the layout of the reference's examples, and the answers expected of them.</summary>
public static class FindPeopleRequests
{
    private const string TypesNamespace = "http://schemas.microsoft.com/exchange/services/2006/types";

    /// <summary>Only RequestServerVersion, as the reference's examples and the IM clients send.</summary>
    public const string Headers = """
              <t:RequestServerVersion Version="Exchange2013" />
        """;

    /// <summary>A page of the named distinguished folder; the query string left out when null.</summary>
    public static string Distinguished(
        string folder, string? queryString = null, int? maxEntries = 100, int offset = 0, string basePoint = "Beginning", string extra = "") =>
        Find($"""<t:DistinguishedFolderId Id="{folder}"/>""", queryString, maxEntries, offset, basePoint, extra);

    public static string InFolder(string folderId, string? queryString = null) =>
        Find($"""<t:FolderId Id="{folderId}"/>""", queryString, 100, 0, "Beginning", string.Empty);

    /// <summary>A request naming no folder at all.</summary>
    public static string WithoutFolder(string? queryString = null) => Find(null, queryString, 100, 0, "Beginning", string.Empty);

    public static string Find(string? folderXml, string? queryString, int? maxEntries, int offset, string basePoint, string extra)
    {
        var max = maxEntries is null ? string.Empty : $" MaxEntriesReturned=\"{maxEntries}\"";
        var folder = folderXml is null ? string.Empty : $"""
                     <m:ParentFolderId>
                        {folderXml}
                     </m:ParentFolderId>

            """;
        var query = queryString is null ? string.Empty : $"         <m:QueryString>{queryString}</m:QueryString>\n";
        return Requests.Envelope(Headers, $"""
                  <m:FindPeople>
                     <m:PersonaShape>
                        <t:BaseShape>Default</t:BaseShape>
                     </m:PersonaShape>
                     <m:IndexedPageItemView BasePoint="{basePoint}"{max} Offset="{offset}"/>
            {extra}{folder}{query}      </m:FindPeople>
            """);
    }

    /// <summary>A successful answer: the personas, then the view's size and the index of the page's first row.</summary>
    public static string Success(string personas, int total, int firstIndex = 0) => Responses.WithServerVersion($"""
              <FindPeopleResponse ResponseClass="Success"
                                  xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
                 <ResponseCode>NoError</ResponseCode>
                 <People>
        {personas}
                 </People>
                 <TotalNumberOfPeopleInView>{total}</TotalNumberOfPeopleInView>
                 <FirstMatchingRowIndex>{firstIndex}</FirstMatchingRowIndex>
                 <FirstLoadedRowIndex>{firstIndex}</FirstLoadedRowIndex>
              </FindPeopleResponse>
        """);

    public static string Error(string messageText, string responseCode) => Responses.Error("FindPeople", messageText, responseCode);

    public static string DirectoryUserId(long mailbox) => SampleIds.Codec.EncodeId(new ItemKey(ItemKind.DirectoryUser, mailbox, mailbox));

    public static string DirectoryListId(long group) => SampleIds.Codec.EncodeId(new ItemKey(ItemKind.DirectoryList, group, group));

    /// <summary>A directory user: named by the directory, reached at its SMTP address for mail and IM alike.</summary>
    public static string DirectoryUser(long mailbox, string displayName, string smtpAddress) =>
        DirectoryPersona(DirectoryUserId(mailbox), "Person", displayName, smtpAddress, "Mailbox",
            $"""<ImAddress xmlns="{TypesNamespace}">{smtpAddress}</ImAddress>""");

    public static string DirectoryList(long group, string displayName, string smtpAddress) =>
        DirectoryPersona(DirectoryListId(group), "DistributionList", displayName, smtpAddress, "PublicDL", string.Empty);

    private static string DirectoryPersona(string id, string type, string displayName, string smtpAddress, string mailboxType, string imAddress) => $"""
                    <Persona xmlns="{TypesNamespace}">
                       <PersonaId Id="{id}"/>
                       <PersonaType>{type}</PersonaType>
                       <DisplayName>{displayName}</DisplayName>
                       <DisplayNameFirstLast>{displayName}</DisplayNameFirstLast>
                       <DisplayNameLastFirst>{displayName}</DisplayNameLastFirst>
                       <EmailAddress>
                          <Name>{displayName}</Name>
                          <EmailAddress>{smtpAddress}</EmailAddress>
                          <RoutingType>SMTP</RoutingType>
                          <MailboxType>{mailboxType}</MailboxType>
                       </EmailAddress>
                       {imAddress}
                       <RelevanceScore>2147483647</RelevanceScore>
                    </Persona>

        """;
}
