namespace Ews.ImGroups.Host.Identity;

public enum AuthenticationMode
{
    /// <summary>Any user name in e-mail form, any password; the mailbox is created on first use.</summary>
    AutoProvision,

    /// <summary>Only the configured accounts, with their passwords.</summary>
    Strict,
}
