namespace Ews.ImGroups.Client;

/// <summary>What GetImItemList and GetImItems answer: groups and the personas of their contacts.</summary>
public sealed record ImItemList(IReadOnlyList<ImGroup> Groups, IReadOnlyList<Persona> Personas);
