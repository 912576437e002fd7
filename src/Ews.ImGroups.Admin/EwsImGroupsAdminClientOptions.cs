namespace Ews.ImGroups.Admin;

/// <summary>Where the server is and the token its control API asks for.</summary>
public sealed class EwsImGroupsAdminClientOptions
{
    /// <summary>The server's root, such as <c>http://127.0.0.1:8080/</c>; a path prefix is kept (<c>http://host/ews-test/</c>).</summary>
    public required Uri BaseAddress { get; init; }

    /// <summary>The server's <c>Ews:Admin:Token</c>, sent as <c>Authorization: Bearer</c>; null for an open server.</summary>
    public string? AdminToken { get; init; }

    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(BaseAddress, nameof(BaseAddress));
        if (!BaseAddress.IsAbsoluteUri || (BaseAddress.Scheme != Uri.UriSchemeHttp && BaseAddress.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"{nameof(BaseAddress)} must be an absolute http or https URL.", nameof(BaseAddress));
        }

        if (AdminToken is not null && string.IsNullOrWhiteSpace(AdminToken))
        {
            throw new ArgumentException($"{nameof(AdminToken)} must not be blank; leave it null for an open server.", nameof(AdminToken));
        }
    }
}
