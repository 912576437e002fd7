namespace Ews.ImGroups.Host.Identity;

/// <summary>The <c>Ews:Authentication</c> configuration section.</summary>
public sealed class AuthenticationOptions
{
    public AuthenticationMode Mode { get; set; } = AuthenticationMode.AutoProvision;

    /// <summary>Whether auto-provisioned users may impersonate other mailboxes.</summary>
    public bool AutoProvisionMayImpersonate { get; set; } = true;

    public List<AccountOptions> Accounts { get; set; } = [];

    /// <summary>
    /// The mail domain of each NetBIOS domain, so that Basic user names of the <c>DOMAIN\user</c> form name a mailbox.
    /// NetBIOS names are compared without regard to case.
    /// </summary>
    public Dictionary<string, string> Domains { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public BearerOptions Bearer { get; set; } = new();

    public ThrottleOptions Throttle { get; set; } = new();
}
