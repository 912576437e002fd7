namespace Ews.ImGroups.Host.Observability;

/// <summary>Names of the properties each request's log line carries.</summary>
public static class EwsLogProperties
{
    public const string Operation = "Operation";
    public const string Mailbox = "Mailbox";
    public const string ResponseClass = "ResponseClass";
    public const string ResponseCode = "ResponseCode";
}
