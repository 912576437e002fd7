using Ews.ImGroups.Storage.Tests.NamespaceFixture.Called;

namespace Ews.ImGroups.Storage.Tests.NamespaceFixture.Calling;

/// <summary>Half of a cycle that only method bodies make, for the namespace graph to find.</summary>
public static class Caller
{
    public static int Call() => Callee.Value();
}
