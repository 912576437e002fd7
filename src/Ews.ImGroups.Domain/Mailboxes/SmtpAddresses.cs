using System.Net.Mail;

namespace Ews.ImGroups.Domain.Mailboxes;

/// <summary>Which strings name a mailbox, and the one spelling each mailbox is stored under.</summary>
public static class SmtpAddresses
{
    public static bool TryNormalize(string? candidate, out string normalized)
    {
        normalized = string.Empty;
        var trimmed = candidate?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 320)
        {
            return false;
        }

        if (!MailAddress.TryCreate(trimmed, out var address) || address.Address != trimmed || address.DisplayName.Length != 0)
        {
            return false;
        }

        normalized = trimmed.ToLowerInvariant();
        return true;
    }
}
