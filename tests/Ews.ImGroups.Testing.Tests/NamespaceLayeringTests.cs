using Ews.ImGroups.Testing;

namespace Ews.ImGroups.Testing.Tests;

/// <summary>The package's namespaces depend downward only.</summary>
public sealed class NamespaceLayeringTests
{
    [Fact]
    public void Testing_namespaces_form_no_cycle() => NamespaceAssertions.HaveNoCycle(typeof(EwsImGroupsServer).Assembly);
}
