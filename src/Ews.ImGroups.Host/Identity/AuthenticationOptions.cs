namespace Ews.ImGroups.Host.Identity;

/// <summary>The <c>Ews:Authentication</c> configuration section.</summary>
public sealed class AuthenticationOptions
{
    public AuthenticationMode Mode { get; set; } = AuthenticationMode.AutoProvision;

    /// <summary>Whether auto-provisioned users may impersonate other mailboxes.</summary>
    public bool AutoProvisionMayImpersonate { get; set; } = true;

    public List<AccountOptions> Accounts { get; set; } = [];

    public BearerOptions Bearer { get; set; } = new();
}
