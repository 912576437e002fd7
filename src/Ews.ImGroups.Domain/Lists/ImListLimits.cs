namespace Ews.ImGroups.Domain.Lists;

/// <summary>Per-mailbox limits. System groups do not count towards <see cref="MaxGroups"/>.</summary>
public sealed record ImListLimits(int MaxGroups, int MaxContacts)
{
    /// <summary>Lync and Skype for Business clients cap a contact list at 64 groups.</summary>
    public const int DefaultMaxGroups = 64;

    /// <summary>And at 1,000 contacts.</summary>
    public const int DefaultMaxContacts = 1000;

    public static ImListLimits Default { get; } = new(DefaultMaxGroups, DefaultMaxContacts);
}
