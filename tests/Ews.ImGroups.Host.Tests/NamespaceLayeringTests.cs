
namespace Ews.ImGroups.Host.Tests;

/// <summary>The host's areas depend downward only: no two namespaces use each other, however indirectly.</summary>
public sealed class NamespaceLayeringTests
{
    [Fact]
    public void Host_namespaces_form_no_cycle() => NamespaceAssertions.HaveNoCycle(typeof(Program).Assembly);
}
