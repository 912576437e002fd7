namespace Ews.ImGroups.Testcontainers;

/// <summary>How the server in the container signs EWS callers in (its <c>Ews:Authentication:Mode</c> setting).</summary>
public enum EwsImGroupsAuthenticationMode
{
    /// <summary>Any user name in e-mail form with any password; the mailbox is created on first use.</summary>
    AutoProvision,

    /// <summary>Only the accounts of the seed file or the settings, with their passwords.</summary>
    Strict,
}
