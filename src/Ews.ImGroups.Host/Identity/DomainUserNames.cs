namespace Ews.ImGroups.Host.Identity;

/// <summary>
/// User names of the <c>DOMAIN\user</c> form, as Windows clients such as pidgin-sipe send them. They name a mailbox
/// only through <see cref="AuthenticationOptions.Domains"/>, which <see cref="AccountDirectory"/> applies.
/// </summary>
public static class DomainUserNames
{
    private const int MaximumLength = 320;

    /// <summary>Splits a name with exactly one backslash and something on both sides of it.</summary>
    public static bool TryParse(string? candidate, out string domain, out string user)
    {
        domain = user = string.Empty;
        var trimmed = candidate?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaximumLength)
        {
            return false;
        }

        var slash = trimmed.IndexOf('\\', StringComparison.Ordinal);
        if (slash <= 0 || slash == trimmed.Length - 1 || trimmed.IndexOf('\\', slash + 1) >= 0)
        {
            return false;
        }

        domain = trimmed[..slash];
        user = trimmed[(slash + 1)..];
        return true;
    }
}
