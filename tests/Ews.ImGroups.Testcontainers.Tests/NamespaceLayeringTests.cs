using Ews.ImGroups.Testcontainers;

namespace Ews.ImGroups.Testcontainers.Tests;

/// <summary>The module's namespaces depend downward only.</summary>
public sealed class NamespaceLayeringTests
{
    [Fact]
    public void Testcontainers_namespaces_form_no_cycle() => NamespaceAssertions.HaveNoCycle(typeof(EwsImGroupsBuilder).Assembly);
}
