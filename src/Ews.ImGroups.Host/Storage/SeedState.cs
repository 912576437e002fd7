using Ews.ImGroups.Domain.Seeding;

namespace Ews.ImGroups.Host.Storage;

/// <summary>The seed the server started with, which resets bring the store back to.</summary>
public sealed class SeedState
{
    public SeedDocument? Document { get; set; }

    /// <summary>The seed's entry for a mailbox (by normalized address), if it has one.</summary>
    public SeedMailbox? Mailbox(string smtpAddress) =>
        Document?.Mailboxes?.FirstOrDefault(m => string.Equals(m.SmtpAddress, smtpAddress, StringComparison.OrdinalIgnoreCase));
}
