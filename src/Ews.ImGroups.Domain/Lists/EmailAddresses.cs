namespace Ews.ImGroups.Domain.Lists;

/// <summary>Contact e-mail addresses that differ only in case or surrounding white space name the same person.</summary>
public static class EmailAddresses
{
    public static string Normalize(string emailAddress) => emailAddress.Trim().ToLowerInvariant();
}
