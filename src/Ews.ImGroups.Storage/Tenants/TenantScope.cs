namespace Ews.ImGroups.Storage.Tenants;

/// <summary>
/// The tenant the work on the current async flow belongs to. The host enters it once per request, at the edge; the
/// store filters every query on mailboxes, directory groups and photos by it and stamps it on every row added, so no
/// read or write can reach another tenant's world by forgetting to say which one it means.
/// </summary>
public static class TenantScope
{
    private static readonly AsyncLocal<string?> Entered = new();

    /// <summary>The tenant entered on this flow; <see cref="TenantNames.Default"/> when none was.</summary>
    public static string Current => Entered.Value ?? TenantNames.Default;

    /// <summary>Works on <paramref name="tenant"/> until the returned scope is disposed, then on the one before.</summary>
    public static Scope Enter(string tenant)
    {
        var previous = Entered.Value;
        Entered.Value = tenant;
        return new Scope(previous);
    }

    public readonly struct Scope(string? previous) : IDisposable
    {
        public void Dispose() => Entered.Value = previous;
    }
}
