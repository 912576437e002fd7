using Ews.ImGroups.Storage.Tests.NamespaceFixture.Calling;

namespace Ews.ImGroups.Storage.Tests;

/// <summary>The storage library's namespaces depend downward only.</summary>
public sealed class NamespaceLayeringTests
{
    [Fact]
    public void Storage_namespaces_form_no_cycle() => NamespaceAssertions.HaveNoCycle(typeof(ImGroupsDbContext).Assembly);

    [Fact]
    public void A_cycle_that_only_method_bodies_make_is_found()
    {
        var graph = NamespaceGraph.Of(typeof(Caller).Assembly);

        graph.Cycles().Should().ContainSingle().Which.Should().Equal(
            "Ews.ImGroups.Storage.Tests.NamespaceFixture.Called", "Ews.ImGroups.Storage.Tests.NamespaceFixture.Calling");
    }
}
