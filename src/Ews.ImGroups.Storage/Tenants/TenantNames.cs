using System.Buffers;

namespace Ews.ImGroups.Storage.Tenants;

/// <summary>What may name a tenant: what fits a path segment, a label and a log line without escaping.</summary>
public static class TenantNames
{
    /// <summary>The tenant the unprefixed paths serve, whose world the server had before tenants existed.</summary>
    public const string Default = "";

    public const int MaxLength = 63;

    private static readonly SearchValues<char> Allowed = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    /// <summary>
    /// Accepts 1 to <see cref="MaxLength"/> ASCII letters, digits and hyphens, starting with a letter or digit, and
    /// gives them in lower case, so a tenant is one tenant however a path spells it.
    /// </summary>
    public static bool TryNormalize(ReadOnlySpan<char> name, out string normalized)
    {
        normalized = Default;
        if (name.IsEmpty || name.Length > MaxLength || name[0] == '-')
        {
            return false;
        }

        Span<char> lower = stackalloc char[name.Length];
        if (name.ToLowerInvariant(lower) != name.Length || lower.ContainsAnyExcept(Allowed))
        {
            return false;
        }

        normalized = new string(lower);
        return true;
    }
}
