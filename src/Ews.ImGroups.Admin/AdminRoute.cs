namespace Ews.ImGroups.Admin;

/// <summary>
/// A request of the control API: its HTTP method, its path template below the server's root (as the OpenAPI document
/// spells it) and the <see cref="EwsImGroupsAdminClient"/> method that sends it.
/// </summary>
public sealed record AdminRoute(string Method, string Template, string ClientMethod)
{
    /// <summary>The path below the server's root with the template's values escaped as path segments.</summary>
    internal string Path(string? address = null, long? id = null)
    {
        var path = Template;
        if (address is not null)
        {
            path = path.Replace("{address}", Uri.EscapeDataString(address), StringComparison.Ordinal);
        }

        if (id is not null)
        {
            path = path.Replace("{id}", id.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return path.TrimStart('/');
    }
}
