namespace Ews.ImGroups.Client;

/// <summary>Where the client sends its requests, as whom, and how it answers throttling.</summary>
public sealed class EwsImClientOptions
{
    /// <summary>The default of <see cref="ServerVersion"/>: the version that introduced the IM list operations.</summary>
    public const string Exchange2013 = "Exchange2013";

    /// <summary>The EWS endpoint, such as <c>https://mail.contoso.com/EWS/Exchange.asmx</c>.</summary>
    public required Uri Url { get; init; }

    /// <summary>Sent as the <c>Authorization</c> header; null leaves signing in to the HttpClient's handler (NTLM, Kerberos).</summary>
    public EwsCredentials? Credentials { get; init; }

    /// <summary>When set, every request acts on this mailbox through an <c>ExchangeImpersonation</c> header.</summary>
    public string? ImpersonatedAddress { get; init; }

    /// <summary>The <c>RequestServerVersion</c> header's <c>Version</c>.</summary>
    public string ServerVersion { get; init; } = Exchange2013;

    /// <summary>When set, sent as the <c>MailboxCulture</c> header (an RFC 3066 tag such as <c>en-US</c>).</summary>
    public string? MailboxCulture { get; init; }

    /// <summary>The POX Autodiscover endpoint; by default <c>/autodiscover/autodiscover.xml</c> beside <see cref="Url"/>'s <c>/EWS/Exchange.asmx</c>.</summary>
    public Uri? AutodiscoverUrl { get; init; }

    /// <summary>Retrying requests Exchange refused with <c>ErrorServerBusy</c>; null (the default) never retries.</summary>
    public EwsRetryOptions? RetryOnThrottling { get; init; }

    /// <summary>The clock the client waits on between retries.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    internal void Validate()
    {
        if (!Url.IsAbsoluteUri || (Url.Scheme != Uri.UriSchemeHttp && Url.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"{nameof(Url)} must be an absolute http or https URL.", nameof(Url));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(ServerVersion, nameof(ServerVersion));
        RetryOnThrottling?.Validate();
    }
}
