using Ews.ImGroups.Storage;
using Ews.ImGroups.Tests.Architecture;

namespace Ews.ImGroups.Storage.Tests;

/// <summary>The storage library's namespaces depend downward only.</summary>
public sealed class NamespaceLayeringTests
{
    [Fact]
    public void Storage_namespaces_form_no_cycle() => NamespaceAssertions.HaveNoCycle(typeof(ImGroupsDbContext).Assembly);
}
