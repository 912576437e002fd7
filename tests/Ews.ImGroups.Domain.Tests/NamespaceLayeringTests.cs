using Ews.ImGroups.Domain.Lists;

namespace Ews.ImGroups.Domain.Tests;

/// <summary>The domain library's namespaces depend downward only.</summary>
public sealed class NamespaceLayeringTests
{
    [Fact]
    public void Domain_namespaces_form_no_cycle() => NamespaceAssertions.HaveNoCycle(typeof(ImGroupService).Assembly);
}
