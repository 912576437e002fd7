namespace Ews.ImGroups.Domain.Lists;

/// <summary>Which part of a list to read: everything, or the named groups and contacts.</summary>
public sealed record ImListSelection(IReadOnlyCollection<long>? GroupNumbers, IReadOnlyCollection<long>? ContactNumbers)
{
    public static ImListSelection Everything { get; } = new(null, null);
}
