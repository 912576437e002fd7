using Ews.ImGroups.Host.Configuration;
using Ews.ImGroups.Storage;

namespace Ews.ImGroups.Host.Storage;

/// <summary>The <c>Ews:Store</c> section; the connection string stays in <c>ConnectionStrings:ImGroups</c>.</summary>
public sealed class StoreOptions
{
    public const string SectionName = EwsOptions.SectionName + ":Store";

    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;
}
