using System.Collections.Frozen;

namespace Ews.ImGroups.Host.Soap;

/// <summary>Names of the operations served; a request's body element must be one of them.</summary>
public static class EwsOperations
{
    public const string ActionPrefix = EwsNamespaces.Messages + "/";
    public const string AddImGroup = nameof(AddImGroup);
    public const string AddImContactToGroup = nameof(AddImContactToGroup);

    public static FrozenSet<string> All { get; } = new[] { AddImGroup, AddImContactToGroup }.ToFrozenSet(StringComparer.Ordinal);
}
