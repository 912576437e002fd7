using Ews.ImGroups.Storage.Tenants;

namespace Ews.ImGroups.Storage.Entities;

public sealed class MailboxRow : ITenantOwned
{
    public long Id { get; set; }

    /// <summary>The tenant whose world holds the row; stamped by the context when the row is added.</summary>
    public string Tenant { get; set; } = TenantNames.Default;

    public required string SmtpAddress { get; set; }

    public required string Sid { get; set; }

    public string? DisplayName { get; set; }

    public bool ImListMigrationCompleted { get; set; }

    /// <summary>
    /// Bumped by every write to the mailbox's list, in the write's transaction: list readers know a list they read
    /// before is still current by it.
    /// </summary>
    public long Revision { get; set; }
}
