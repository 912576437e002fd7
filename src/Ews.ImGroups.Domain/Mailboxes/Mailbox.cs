namespace Ews.ImGroups.Domain.Mailboxes;

/// <summary>A mailbox the server hosts. <see cref="Sid"/> lets impersonation headers name it by security identifier.</summary>
public sealed record Mailbox(long Id, string SmtpAddress, string Sid);
