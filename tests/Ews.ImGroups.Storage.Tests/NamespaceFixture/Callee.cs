using Ews.ImGroups.Storage.Tests.NamespaceFixture.Calling;

namespace Ews.ImGroups.Storage.Tests.NamespaceFixture.Called;

/// <summary>The other half of the cycle in <see cref="Caller"/>: it names its caller only inside a method body.</summary>
public static class Callee
{
    public static int Value() => 1;

    public static string CallerName() => typeof(Caller).Name;
}
