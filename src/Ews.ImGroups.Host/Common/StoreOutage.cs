namespace Ews.ImGroups.Host.Common;

/// <summary>How the control API and the dashboard say that the store cannot be reached: 503 with a problem document.</summary>
public static class StoreOutage
{
    public const string Title = "Store unavailable";

    public const string Detail = "The server's database cannot be reached. Try again shortly.";

    /// <summary>Seconds a client is asked to wait before trying again.</summary>
    public const string RetryAfter = "5";
}
