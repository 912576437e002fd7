namespace Ews.ImGroups.Client;

/// <summary>An IM group: its name, kind (<see cref="ImGroupTypes"/>), store id and the ids of its member contacts.</summary>
public sealed record ImGroup(
    string DisplayName,
    string GroupType,
    ItemId? ExchangeStoreId,
    IReadOnlyList<ItemId> MemberCorrelationKey,
    IReadOnlyList<ExtendedProperty> ExtendedProperties,
    string? SmtpAddress);
