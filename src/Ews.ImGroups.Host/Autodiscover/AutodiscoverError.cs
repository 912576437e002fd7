namespace Ews.ImGroups.Host.Autodiscover;

/// <summary>
/// An Autodiscover error answer: Exchange's code and message. Errors in the request itself come before any provider
/// runs and carry the generic response namespace; the Outlook provider's own errors carry its namespace.
/// </summary>
public sealed record AutodiscoverError(int Code, string Message, string ResponseNamespace)
{
    /// <summary>The body is not an Outlook Autodiscover request: not XML, a DTD, the wrong root, or a part missing.</summary>
    public static readonly AutodiscoverError InvalidRequest = new(600, "Invalid Request", AutodiscoverSchema.ResponseNamespace);

    /// <summary>The request asks for a response schema no provider of this server writes.</summary>
    public static readonly AutodiscoverError ProviderUnavailable = new(601, "Provider is not available", AutodiscoverSchema.ResponseNamespace);

    /// <summary>The address names no mailbox this caller may be told about.</summary>
    public static readonly AutodiscoverError AddressNotFound = new(500, "The email address can't be found.", AutodiscoverSchema.OutlookResponseNamespace);

    /// <summary>The server failed answering (the store could not be read or the mailbox not created); nothing is wrong with the request.</summary>
    public static readonly AutodiscoverError InternalError = new(603, "The Autodiscover server threw an internal error.", AutodiscoverSchema.OutlookResponseNamespace);
}
