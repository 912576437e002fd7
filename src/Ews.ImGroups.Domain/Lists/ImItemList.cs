namespace Ews.ImGroups.Domain.Lists;

/// <summary>
/// A read of an IM list: groups in list order with their members' contact numbers, and the contacts shown as
/// personas. A contact is on the list while it belongs to at least one group.
/// </summary>
public sealed record ImItemList(IReadOnlyList<ListedGroup> Groups, IReadOnlyList<ImContact> Personas);

public sealed record ListedGroup(ImGroup Group, IReadOnlyList<ListedMember> Members);

/// <summary>A member of a group: its contact's number and version, which its change key shows.</summary>
public readonly record struct ListedMember(long ContactNumber, int Version);
