namespace Ews.ImGroups.Admin.Tests;

/// <summary>The client is a package of its own: it must run without the server's assemblies or any other package.</summary>
public sealed class PackageBoundaryTests
{
    [Fact]
    public void The_client_references_only_the_base_library()
    {
        var references = typeof(EwsImGroupsAdminClient).Assembly.GetReferencedAssemblies().Select(a => a.Name!);

        references.Should().OnlyContain(name => name == "netstandard" || name == "System" || name.StartsWith("System.", StringComparison.Ordinal));
    }
}
