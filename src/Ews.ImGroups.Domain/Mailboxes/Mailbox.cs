namespace Ews.ImGroups.Domain.Mailboxes;

/// <summary>
/// A mailbox the server hosts. <see cref="Sid"/> lets impersonation headers name it by security identifier;
/// <see cref="DisplayName"/> is the seed's, when the seed gave one.
/// </summary>
public sealed record Mailbox(long Id, string SmtpAddress, string Sid, string? DisplayName = null);
