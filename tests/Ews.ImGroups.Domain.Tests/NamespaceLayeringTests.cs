using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Tests.Architecture;

namespace Ews.ImGroups.Domain.Tests;

/// <summary>The domain library's namespaces depend downward only.</summary>
public sealed class NamespaceLayeringTests
{
    [Fact]
    public void Domain_namespaces_form_no_cycle() => NamespaceAssertions.HaveNoCycle(typeof(ImGroupService).Assembly);
}
