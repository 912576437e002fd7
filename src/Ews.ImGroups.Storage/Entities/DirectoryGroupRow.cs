using Ews.ImGroups.Storage.Tenants;

namespace Ews.ImGroups.Storage.Entities;

/// <summary>A distribution group of the server's directory, loaded from the seed.</summary>
public sealed class DirectoryGroupRow : ITenantOwned
{
    public long Id { get; set; }

    /// <summary>The tenant whose world holds the row; stamped by the context when the row is added.</summary>
    public string Tenant { get; set; } = TenantNames.Default;

    public required string SmtpAddress { get; set; }

    public required string DisplayName { get; set; }
}
