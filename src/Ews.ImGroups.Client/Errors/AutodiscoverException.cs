namespace Ews.ImGroups.Client;

/// <summary>An Autodiscover error answer: Exchange's numeric <see cref="ErrorCode"/> (such as 500 or 600) and message.</summary>
public sealed class AutodiscoverException : Exception
{
    internal AutodiscoverException(int errorCode, string? message)
        : base($"Autodiscover error {errorCode}: {message}")
    {
        ErrorCode = errorCode;
        ErrorMessage = message;
    }

    public int ErrorCode { get; }

    public string? ErrorMessage { get; }
}
