using Ews.ImGroups.Domain.Lists;

namespace Ews.ImGroups.Domain.Tests.Lists;

/// <summary>One mailbox's IM list as the in-memory store keeps it.</summary>
internal sealed class MailboxState
{
    public List<ImGroup> Groups { get; } = [];

    public Dictionary<long, string> NormalizedNames { get; } = [];

    public List<ImContact> Contacts { get; } = [];

    public List<(long GroupNumber, long ContactNumber)> Memberships { get; } = [];

    public MailboxState Copy()
    {
        var copy = new MailboxState();
        copy.Groups.AddRange(Groups);
        copy.Contacts.AddRange(Contacts);
        copy.Memberships.AddRange(Memberships);
        foreach (var (number, name) in NormalizedNames)
        {
            copy.NormalizedNames.Add(number, name);
        }

        return copy;
    }
}
