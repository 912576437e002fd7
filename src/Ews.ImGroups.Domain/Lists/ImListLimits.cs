namespace Ews.ImGroups.Domain.Lists;

/// <summary>Per-mailbox limits. System groups do not count towards <see cref="MaxGroups"/>.</summary>
public sealed record ImListLimits(int MaxGroups, int MaxContacts)
{
    /// <summary>Exchange's limit on IM groups, as the EWS people-and-contacts guide gives it.</summary>
    public const int DefaultMaxGroups = 64;

    /// <summary>Exchange's limit on IM contacts, from the same guide.</summary>
    public const int DefaultMaxContacts = 1000;

    public static ImListLimits Default { get; } = new(DefaultMaxGroups, DefaultMaxContacts);
}
