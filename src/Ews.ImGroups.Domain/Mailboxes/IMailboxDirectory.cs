namespace Ews.ImGroups.Domain.Mailboxes;

/// <summary>Storage port for the mailboxes themselves.</summary>
public interface IMailboxDirectory
{
    /// <summary>Returns the mailbox for a normalized SMTP address, creating it on first use.</summary>
    Task<Mailbox> GetOrCreateAsync(string smtpAddress, CancellationToken cancellationToken);

    Task<Mailbox?> FindBySidAsync(string sid, CancellationToken cancellationToken);
}
