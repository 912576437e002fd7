namespace Ews.ImGroups.Host.Identity;

/// <summary>The names EWS and Autodiscover callers are authenticated and authorized under.</summary>
public static class EwsAuthentication
{
    public const string BasicScheme = "Basic";

    public const string BearerScheme = "Bearer";

    /// <summary>The policy both endpoints evaluate: an authenticated caller, through Basic and, when enabled, Bearer.</summary>
    public const string Policy = "Ews";
}
