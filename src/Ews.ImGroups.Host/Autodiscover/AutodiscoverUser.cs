using System.Security.Cryptography;
using System.Text;
using Ews.ImGroups.Domain.Mailboxes;

namespace Ews.ImGroups.Host.Autodiscover;

/// <summary>
/// The directory names the response gives a mailbox. The legacy DN ends in the mailbox's address, so a request may
/// name the mailbox by it instead of by <c>EMailAddress</c>, as Exchange allows.
/// </summary>
public static class AutodiscoverUser
{
    /// <summary>Exchange's layout for recipients, under an organization named after this server.</summary>
    private const string LegacyDnPrefix = "/o=Ews.ImGroups/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=";

    public static string LegacyDn(string smtpAddress) => LegacyDnPrefix + smtpAddress;

    /// <summary>The address a legacy DN of this server names; false for any other DN.</summary>
    public static bool TryReadLegacyDn(string legacyDn, out string smtpAddress)
    {
        smtpAddress = string.Empty;
        var trimmed = legacyDn.Trim();
        return trimmed.StartsWith(LegacyDnPrefix, StringComparison.OrdinalIgnoreCase)
            && SmtpAddresses.TryNormalize(trimmed[LegacyDnPrefix.Length..], out smtpAddress);
    }

    /// <summary>
    /// Identifies the deployment: a name-based GUID (RFC 9562 version 8) of the realm, so it survives restarts and
    /// servers configured with different realms tell themselves apart.
    /// </summary>
    public static Guid DeploymentId(string realm)
    {
        Span<byte> bytes = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes("Ews.ImGroups deployment " + realm), bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes[..16], bigEndian: true);
    }
}
