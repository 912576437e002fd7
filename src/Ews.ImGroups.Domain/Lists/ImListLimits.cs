namespace Ews.ImGroups.Domain.Lists;

/// <summary>Per-mailbox limits. System groups do not count towards <see cref="MaxGroups"/>.</summary>
public sealed record ImListLimits(int MaxGroups)
{
    /// <summary>Lync and Skype for Business clients cap a contact list at 64 groups.</summary>
    public const int DefaultMaxGroups = 64;

    public static ImListLimits Default { get; } = new(DefaultMaxGroups);
}
