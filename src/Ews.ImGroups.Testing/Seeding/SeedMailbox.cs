namespace Ews.ImGroups.Testing.Seeding;

/// <summary>One mailbox of the seed, built in code: its contacts, the groups of its IM list and, in Strict mode, its password.</summary>
public sealed class SeedMailbox
{
    private readonly List<SeedContact> contacts = [];
    private readonly List<SeedGroup> groups = [];

    internal SeedMailbox(string smtpAddress, string? displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(smtpAddress);
        SmtpAddress = smtpAddress;
        DisplayName = displayName;
    }

    public string SmtpAddress { get; }

    public string? DisplayName { get; private set; }

    public string? Sid { get; private set; }

    /// <summary>The password the mailbox signs in with; null for the server options' <c>DefaultPassword</c>.</summary>
    public string? Password { get; private set; }

    /// <summary>Whether, in Strict mode, the mailbox may act for other mailboxes (EWS impersonation).</summary>
    public bool MayImpersonate { get; private set; }

    public IReadOnlyList<SeedContact> Contacts => contacts;

    public IReadOnlyList<SeedGroup> Groups => groups;

    public SeedMailbox WithDisplayName(string displayName)
    {
        DisplayName = displayName;
        return this;
    }

    public SeedMailbox WithSid(string sid)
    {
        Sid = sid;
        return this;
    }

    public SeedMailbox WithPassword(string password, bool mayImpersonate = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        Password = password;
        MayImpersonate = mayImpersonate;
        return this;
    }

    /// <summary>Adds a contact; <paramref name="configure"/> sets its other fields (names, e-mail, phones, folder).</summary>
    public SeedMailbox Contact(string key, string displayName, string? imAddress = null, Action<SeedContact>? configure = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (contacts.Exists(c => string.Equals(c.Key, key, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"Mailbox {SmtpAddress} already has a contact with key '{key}'.", nameof(key));
        }

        var contact = new SeedContact(key, displayName) { ImAddress = imAddress };
        configure?.Invoke(contact);
        contacts.Add(contact);
        return this;
    }

    /// <summary>Puts a group on the IM list with the contacts of the given keys as members.</summary>
    public SeedMailbox Group(string displayName, params string[] memberKeys)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        var unknown = memberKeys.Where(k => !contacts.Exists(c => string.Equals(c.Key, k, StringComparison.Ordinal))).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Group '{displayName}' of {SmtpAddress} names contacts not added before it: {string.Join(", ", unknown)}.", nameof(memberKeys));
        }

        groups.Add(new SeedGroup(displayName, memberKeys));
        return this;
    }

    /// <summary>Puts a directory distribution group on the IM list (it lists no members).</summary>
    public SeedMailbox DistributionGroup(string smtpAddress, string displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(smtpAddress);
        groups.Add(new SeedGroup(displayName, [], smtpAddress));
        return this;
    }
}
