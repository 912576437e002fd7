namespace Aspire.Hosting;

/// <summary>Who may sign in to the server's EWS endpoint (the server's <c>Ews:Authentication:Mode</c> setting).</summary>
public enum EwsImGroupsAuthenticationMode
{
    /// <summary>Any user name in e-mail form with any password; the mailbox is made on first use.</summary>
    AutoProvision,

    /// <summary>Only the configured accounts (for example the seed file's <c>accounts</c>), with their passwords.</summary>
    Strict,
}
