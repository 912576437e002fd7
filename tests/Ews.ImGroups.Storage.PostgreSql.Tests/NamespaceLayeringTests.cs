namespace Ews.ImGroups.Storage.PostgreSql.Tests;

/// <summary>The PostgreSQL storage library's namespaces depend downward only.</summary>
public sealed class NamespaceLayeringTests
{
    [Fact]
    public void PostgreSql_storage_namespaces_form_no_cycle() =>
        NamespaceAssertions.HaveNoCycle(typeof(PostgreSqlStorageRegistration).Assembly);
}
