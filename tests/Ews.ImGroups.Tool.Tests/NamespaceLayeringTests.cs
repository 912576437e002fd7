namespace Ews.ImGroups.Tool.Tests;

/// <summary>The tool's namespaces depend downward only.</summary>
public sealed class NamespaceLayeringTests
{
    [Fact]
    public void Tool_namespaces_form_no_cycle() => NamespaceAssertions.HaveNoCycle(typeof(ToolEntry).Assembly);
}
