namespace Ews.ImGroups.Domain.Mailboxes;

/// <summary>Makes Windows-style account SIDs for mailboxes that were not given one.</summary>
public static class SecurityIdentifiers
{
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
}
