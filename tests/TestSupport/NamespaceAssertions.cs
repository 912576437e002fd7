using System.Reflection;
using FluentAssertions;

namespace Ews.ImGroups.TestSupport;

public static class NamespaceAssertions
{
    /// <summary>Fails naming every cycle and the uses that close it.</summary>
    public static void HaveNoCycle(Assembly assembly)
    {
        var graph = NamespaceGraph.Of(assembly);
        var cycles = graph.Cycles().Select(cycle => string.Join(", ", graph.Describe(cycle)));

        cycles.Should().BeEmpty("each namespace may use only namespaces below it");
    }
}
