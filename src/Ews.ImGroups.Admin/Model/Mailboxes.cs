namespace Ews.ImGroups.Admin;

/// <summary>A mailbox and the size of its IM list.</summary>
public sealed record Mailbox(string SmtpAddress, string? DisplayName, string Sid, int Groups, int Contacts, bool ImListMigrationCompleted);

/// <summary>A page of the mailboxes in address order, and how many there are in all.</summary>
public sealed record MailboxPage(int Total, int Offset, int Limit, IReadOnlyList<Mailbox> Mailboxes);

/// <summary>A mailbox to create. In Strict mode <see cref="Password"/> is required and makes it an account.</summary>
/// <param name="MayImpersonate">Strict mode: whether the account may act on other mailboxes.</param>
public sealed record NewMailbox(string SmtpAddress, string? DisplayName = null, string? Password = null, bool MayImpersonate = false);
