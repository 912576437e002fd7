using Ews.ImGroups.Domain.Lists;

namespace Ews.ImGroups.Storage;

/// <summary>Puts a list read as rows into the order clients see it in.</summary>
internal static class ListAssembly
{
    /// <param name="members">Each member with its group's number, in contact-number order.</param>
    /// <param name="contacts">The contacts read, with the contacts linked to them.</param>
    public static ImItemList Assemble(List<ImGroup> groups, List<(long GroupId, ListedMember Member)> members, List<ImContact> contacts)
    {
        var membersByGroup = new Dictionary<long, List<ListedMember>>(groups.Count);
        foreach (var (groupId, member) in members)
        {
            if (!membersByGroup.TryGetValue(groupId, out var list))
            {
                membersByGroup[groupId] = list = [];
            }

            list.Add(member);
        }

        // System groups first, in their fixed order, then the others as they were created.
        groups.Sort((a, b) => ListOrder(a) != ListOrder(b) ? ListOrder(a).CompareTo(ListOrder(b)) : a.Number.CompareTo(b.Number));
        var listed = new List<ListedGroup>(groups.Count);
        foreach (var group in groups)
        {
            listed.Add(new ListedGroup(group, membersByGroup.TryGetValue(group.Number, out var list) ? list : []));
        }

        return new ImItemList(listed, ImPersona.Link(contacts));
    }

    private static int ListOrder(ImGroup group)
    {
        for (var i = 0; i < SystemGroups.All.Count; i++)
        {
            if (SystemGroups.All[i].GroupType == group.GroupType)
            {
                return i;
            }
        }

        return SystemGroups.All.Count;
    }
}
