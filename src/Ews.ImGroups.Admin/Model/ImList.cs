namespace Ews.ImGroups.Admin;

/// <summary>A mailbox's IM list with the ids and change keys an EWS client sees.</summary>
public sealed record ImList(string Mailbox, IReadOnlyList<ImListGroup> Groups, IReadOnlyList<ImListPersona> Personas);

/// <summary>A group of the list.</summary>
/// <param name="GroupType">The group type as EWS sends it, such as <c>IPM.DistList.MOC.UserGroup</c> or <c>IPM.DistList.MOC.OtherContacts</c>.</param>
/// <param name="MemberIds">The ids of its member contacts, as in <c>MemberCorrelationKey</c>.</param>
public sealed record ImListGroup(string Id, string ChangeKey, string DisplayName, string GroupType, string? SmtpAddress, IReadOnlyList<string> MemberIds);

/// <summary>A persona and the contacts linked into it, in attribution order.</summary>
public sealed record ImListPersona(string PersonaId, string DisplayName, IReadOnlyList<ImListContact> Contacts);

/// <summary>A contact of a persona, with its id and change key.</summary>
public sealed record ImListContact(
    string ContactId,
    string ChangeKey,
    ContactFolder Folder,
    string DisplayName,
    string? GivenName,
    string? Surname,
    string? EmailAddress,
    string? ImAddress,
    string? TelUriAddress,
    string? HomePhone,
    string? MobilePhone,
    string? BusinessPhone);

/// <summary>The folder of a mailbox that holds a contact.</summary>
public enum ContactFolder
{
    /// <summary>The mailbox's own Contacts folder.</summary>
    Contacts,

    /// <summary>Quick Contacts, where Exchange puts a contact an IM client adds by address.</summary>
    QuickContacts,

    /// <summary>Lync Contacts, where telephone contacts an IM client adds live.</summary>
    LyncContacts,
}
