using Ews.ImGroups.Domain.Lists;

namespace Ews.ImGroups.Domain.Tests.Lists.Fakes;

/// <summary>One mailbox's IM list as the in-memory store keeps it. Records are immutable, so a shallow copy is a snapshot.</summary>
internal sealed class MailboxState
{
    public List<ImGroup> Groups { get; } = [];

    /// <summary>The normalized name each group was stored under, standing in for the unique (mailbox, name) index.</summary>
    public Dictionary<long, string> NormalizedNames { get; } = [];

    public List<ImContact> Contacts { get; } = [];

    /// <summary>The normalized IM address each contact was stored under, standing in for the unique (mailbox, address) index.</summary>
    public Dictionary<long, string?> NormalizedImAddresses { get; } = [];

    public List<(long GroupNumber, long ContactNumber)> Memberships { get; } = [];

    public bool MigrationCompleted { get; set; }

    public MailboxState Copy()
    {
        var copy = new MailboxState { MigrationCompleted = MigrationCompleted };
        copy.Groups.AddRange(Groups);
        copy.Contacts.AddRange(Contacts);
        copy.Memberships.AddRange(Memberships);
        foreach (var (number, name) in NormalizedNames)
        {
            copy.NormalizedNames.Add(number, name);
        }

        foreach (var (number, address) in NormalizedImAddresses)
        {
            copy.NormalizedImAddresses.Add(number, address);
        }

        return copy;
    }

    public bool IsListed(long contactNumber) => Memberships.Exists(m => m.ContactNumber == contactNumber);

    public void BumpGroup(long groupNumber)
    {
        var index = Groups.FindIndex(g => g.Number == groupNumber);
        Groups[index] = Groups[index] with { Version = Groups[index].Version + 1 };
    }
}
