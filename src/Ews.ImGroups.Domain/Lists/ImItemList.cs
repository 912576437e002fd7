namespace Ews.ImGroups.Domain.Lists;

/// <summary>
/// A read of an IM list: groups in list order with their members' contact numbers, and the personas of the contacts
/// read. A contact is on the list while it belongs to at least one group; its persona brings the mailbox's contacts
/// linked to it along, listed or not.
/// </summary>
public sealed record ImItemList(IReadOnlyList<ListedGroup> Groups, IReadOnlyList<ImPersona> Personas);

public sealed record ListedGroup(ImGroup Group, IReadOnlyList<ListedMember> Members);

/// <summary>A member of a group: its contact's number and version, which its change key shows.</summary>
public readonly record struct ListedMember(long ContactNumber, int Version);
