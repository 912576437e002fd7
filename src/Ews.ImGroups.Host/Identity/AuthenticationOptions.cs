namespace Ews.ImGroups.Host.Identity;

/// <summary>The <c>Ews:Authentication</c> configuration section.</summary>
public sealed class AuthenticationOptions
{
    public AuthenticationMode Mode { get; set; } = AuthenticationMode.AutoProvision;

    /// <summary>Whether auto-provisioned users may impersonate other mailboxes.</summary>
    public bool AutoProvisionMayImpersonate { get; set; } = true;

    /// <summary>
    /// In AutoProvision mode, the most mailboxes the store may hold for sign-ins and impersonation to create another:
    /// at the limit an unknown address is refused as in Strict mode, so anonymous clients cannot fill the store.
    /// Seeds and the control API are not limited by it.
    /// </summary>
    public int MaxAutoProvisionedMailboxes { get; set; } = DefaultMaxAutoProvisionedMailboxes;

    public const int DefaultMaxAutoProvisionedMailboxes = 10_000;

    public List<AccountOptions> Accounts { get; set; } = [];

    /// <summary>
    /// The mail domain of each NetBIOS domain, so that Basic user names of the <c>DOMAIN\user</c> form name a mailbox.
    /// NetBIOS names are compared without regard to case.
    /// </summary>
    public Dictionary<string, string> Domains { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public BearerOptions Bearer { get; set; } = new();

    public ThrottleOptions Throttle { get; set; } = new();
}
