namespace Ews.ImGroups.Testing;

/// <summary>Who the server lets in, as its <c>Ews:Authentication:Mode</c> setting says.</summary>
public enum EwsAuthenticationMode
{
    /// <summary>Any Basic user in e-mail form with any password; the mailbox is created on first use.</summary>
    AutoProvision,

    /// <summary>Only the seeded mailboxes (and other configured accounts), each with its password.</summary>
    Strict,
}
