namespace Ews.ImGroups.Domain.Lists;

/// <summary>
/// IM addresses are stored as clients send them, with or without <c>sip:</c>; two spellings that differ only in that
/// prefix, case or surrounding white space name the same person.
/// </summary>
public static class ImAddresses
{
    private const string SipScheme = "sip:";

    public static string Normalize(string imAddress)
    {
        var address = imAddress.Trim();
        if (address.StartsWith(SipScheme, StringComparison.OrdinalIgnoreCase))
        {
            address = address[SipScheme.Length..].TrimStart();
        }

        return address.ToLowerInvariant();
    }
}
