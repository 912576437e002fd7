using Ews.ImGroups.Testing.Seeding;

namespace Ews.ImGroups.Testing;

/// <summary>How an in-process server starts: its seed, built in code, its authentication mode and any other setting.</summary>
public sealed class EwsImGroupsServerOptions
{
    /// <summary>The password <see cref="EwsImGroupsServer.CreateClient"/> and Strict-mode accounts use when a mailbox sets none.</summary>
    public const string DefaultMailboxPassword = "Test-Passw0rd!";

    private readonly List<SeedMailbox> mailboxes = [];
    private readonly List<(string SmtpAddress, string DisplayName)> distributionGroups = [];

    /// <summary>AutoProvision (the default) lets any caller in; Strict only the seeded mailboxes, with their passwords.</summary>
    public EwsAuthenticationMode AuthenticationMode { get; set; } = EwsAuthenticationMode.AutoProvision;

    /// <summary>The token the control API then requires (at least 16 characters); null leaves it open on loopback.</summary>
    public string? AdminToken { get; set; }

    /// <summary>The password of mailboxes that set none of their own.</summary>
    public string DefaultPassword { get; set; } = DefaultMailboxPassword;

    /// <summary>The key ids are signed with (32 bytes in base64), for ids that are the same on every run; null for a random one.</summary>
    public string? IdKey { get; set; }

    /// <summary>
    /// Any other server setting by configuration key (<c>Ews:MaxGroupsPerMailbox</c>); these win over the ones this
    /// package sets, the listening address and store included.
    /// </summary>
    public IDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<SeedMailbox> Mailboxes => mailboxes;

    public IReadOnlyList<(string SmtpAddress, string DisplayName)> DistributionGroups => distributionGroups;

    /// <summary>Adds a mailbox to the seed, or returns the one already added under that address, to add contacts and groups.</summary>
    public SeedMailbox Mailbox(string smtpAddress, string? displayName = null)
    {
        if (mailboxes.Find(m => string.Equals(m.SmtpAddress, smtpAddress, StringComparison.OrdinalIgnoreCase)) is { } existing)
        {
            return displayName is null ? existing : existing.WithDisplayName(displayName);
        }

        var mailbox = new SeedMailbox(smtpAddress, displayName);
        mailboxes.Add(mailbox);
        return mailbox;
    }

    /// <summary>Adds a distribution group to the directory, which clients can then put on their IM lists.</summary>
    public EwsImGroupsServerOptions DistributionGroup(string smtpAddress, string displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(smtpAddress);
        distributionGroups.Add((smtpAddress, displayName));
        return this;
    }

    internal SeedMailbox? FindMailbox(string smtpAddress) =>
        mailboxes.Find(m => string.Equals(m.SmtpAddress, smtpAddress, StringComparison.OrdinalIgnoreCase));
}
