namespace Ews.ImGroups.Storage;

/// <summary>A mailbox as the administration lists it: who it is and how big its IM list is.</summary>
/// <param name="Id">The store's number for the mailbox, which its items' ids carry.</param>
/// <param name="Groups">Groups on the IM list, system groups included.</param>
/// <param name="Contacts">Contacts on the IM list, that is in at least one group.</param>
public sealed record MailboxSummary(
    long Id,
    string SmtpAddress, string? DisplayName, string Sid, int Groups, int Contacts, bool ImListMigrationCompleted);

/// <summary>Some of the mailboxes, in address order, and how many there are in all.</summary>
public sealed record MailboxListing(int Total, IReadOnlyList<MailboxSummary> Mailboxes);

/// <summary>How much the store holds.</summary>
public sealed record StoreCounts(int Mailboxes, int Groups, int Contacts, int DistributionGroups);
