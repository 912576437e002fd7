using System.Text.RegularExpressions;

namespace Ews.ImGroups.Domain.Mailboxes;

/// <summary>Windows-style account SIDs: which strings are SIDs, one spelling for each, and new ones for new mailboxes.</summary>
public static partial class SecurityIdentifiers
{
    /// <summary>SIDs compare without regard to case; they are kept in the upper-case form Windows prints.</summary>
    public static bool TryNormalize(string? candidate, out string normalized)
    {
        normalized = candidate?.Trim().ToUpperInvariant() ?? string.Empty;
        return SidPattern().IsMatch(normalized);
    }

    /// <summary>A domain-account SID (S-1-5-21-…) with random sub-authorities, as a directory would allocate.</summary>
    public static string NewAccountSid()
    {
        Span<byte> bytes = stackalloc byte[16];
        System.Security.Cryptography.RandomNumberGenerator.Fill(bytes);
        var parts = new uint[4];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = BitConverter.ToUInt32(bytes.Slice(i * 4, 4));
        }

        return $"S-1-5-21-{parts[0]}-{parts[1]}-{parts[2]}-{1000 + (parts[3] % 1_000_000)}";
    }

    [GeneratedRegex(@"^S-1-\d{1,3}(-\d{1,10}){1,15}$", RegexOptions.CultureInvariant)]
    private static partial Regex SidPattern();
}
