namespace Ews.ImGroups.Host.Identity;

/// <summary>An account of Strict mode: its password in clear (hashed at start-up) or as a stored hash.</summary>
public sealed class AccountOptions
{
    public string SmtpAddress { get; set; } = string.Empty;

    public string? Password { get; set; }

    /// <summary>A hash made by <see cref="PasswordHashes"/>: <c>pbkdf2-sha256$iterations$salt$hash</c>.</summary>
    public string? PasswordHash { get; set; }

    public string? DisplayName { get; set; }

    /// <summary>The pre-Windows 2000 logon name, so that <c>DOMAIN\name</c> signs in as this account.</summary>
    public string? SamAccountName { get; set; }

    public bool MayImpersonate { get; set; }
}
