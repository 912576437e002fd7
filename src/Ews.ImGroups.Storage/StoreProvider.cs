namespace Ews.ImGroups.Storage;

/// <summary>The database engine the store runs on.</summary>
public enum StoreProvider
{
    /// <summary>One embedded file; the default, for one server process.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database that any number of replicas share.</summary>
    PostgreSql,
}
