using Ews.ImGroups.Domain.Ids;
using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Host.Chaos;
using Ews.ImGroups.Host.Journal;
using Ews.ImGroups.Storage;

namespace Ews.ImGroups.Host.Admin;

/// <summary>The control API's answer to <c>GET /admin/api/server</c>.</summary>
public sealed record ServerInfoView(
    string Version,
    string ExchangeVersion,
    string ExchangeBuild,
    string Authentication,
    bool ControlApiProtected,
    string EwsUrl,
    ServerCountsView Counts,
    JournalLimitsView Journal);

public sealed record ServerCountsView(int Mailboxes, int Groups, int Contacts, int DistributionGroups, int JournalEntries, int ChaosRules);

public sealed record JournalLimitsView(int MaxEntries, TimeSpan MaxAge, int MaxXmlChars);

/// <summary>A page of the mailbox list: how many mailboxes there are, where the page starts, its size and its mailboxes.</summary>
public sealed record MailboxListView(int Total, int Offset, int Limit, IReadOnlyList<MailboxView> Mailboxes);

public sealed record MailboxView(string SmtpAddress, string? DisplayName, string Sid, int Groups, int Contacts, bool ImListMigrationCompleted);

/// <summary>A mailbox to create; in Strict mode it needs a password, which makes it an account.</summary>
public sealed record NewMailbox(string? SmtpAddress, string? DisplayName, string? Password, bool MayImpersonate = false);

/// <summary>A mailbox's IM list with the ids and change keys an EWS client sees.</summary>
public sealed record ImListView(string Mailbox, IReadOnlyList<ImGroupView> Groups, IReadOnlyList<PersonaView> Personas)
{
    public static ImListView Of(MailboxSummary mailbox, ImItemList list, ItemIdCodec ids) => new(
        mailbox.SmtpAddress,
        list.Groups.Select(g => new ImGroupView(
            ids.EncodeId(g.Group.Key),
            ItemIdCodec.EncodeChangeKey(ItemKind.Group, g.Group.Version),
            g.Group.DisplayName,
            g.Group.GroupType,
            g.Group.SmtpAddress,
            g.Members.Select(m => ids.EncodeId(new ItemKey(ItemKind.Contact, mailbox.Id, m.ContactNumber))).ToList())).ToList(),
        list.Personas.Select(p => PersonaView.Of(p, ids)).ToList());
}

/// <param name="MemberIds">The contact ids (ItemIds) of the group's members, as in <c>MemberCorrelationKey</c>.</param>
public sealed record ImGroupView(
    string Id, string ChangeKey, string DisplayName, string GroupType, string? SmtpAddress, IReadOnlyList<string> MemberIds);

/// <summary>A persona and the contacts linked into it, in attribution order; the names shown are the first contact's.</summary>
public sealed record PersonaView(string PersonaId, string DisplayName, IReadOnlyList<ContactView> Contacts)
{
    public static PersonaView Of(ImPersona persona, ItemIdCodec ids) => new(
        ids.EncodeId(persona.Key),
        persona.Primary.Details.DisplayName,
        persona.Contacts.Select(c => new ContactView(
            ids.EncodeId(c.Key),
            ItemIdCodec.EncodeChangeKey(ItemKind.Contact, c.Version),
            c.Folder,
            c.Details.DisplayName,
            c.Details.GivenName,
            c.Details.Surname,
            c.Details.EmailAddress,
            c.Details.ImAddress,
            c.Details.TelUriAddress,
            c.Details.HomePhone,
            c.Details.MobilePhone,
            c.Details.BusinessPhone)).ToList());
}

/// <summary>A contact of a persona, with the id and change key its attribution shows.</summary>
public sealed record ContactView(
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

public sealed record ChaosRuleView(int Id, int? Remaining, long Hits, ChaosRuleDefinition Rule)
{
    public static ChaosRuleView Of(ChaosRuleState rule) => new(rule.Id, rule.Remaining, rule.Hits, rule.Definition);
}

public sealed record JournalListView(int Count, IReadOnlyList<JournalSummary> Entries);
