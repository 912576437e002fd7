using Ews.ImGroups.Domain.Mailboxes;
using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Host.Configuration;
using Ews.ImGroups.Host.Identity;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Ews.ImGroups.Host.Autodiscover;

/// <summary>
/// Answers POX Autodiscover requests with this server's EWS URL. Callers sign in exactly as for EWS; the answer is
/// for the caller's own mailbox, or for another one under the rule <c>ExchangeImpersonation</c> follows.
/// </summary>
public sealed partial class AutodiscoverHandler(
    CallerSignIn signIn,
    AccountDirectory accounts,
    FirstUseMailboxes mailboxes,
    TimeProvider clock,
    IOptions<EwsOptions> options,
    ILogger<AutodiscoverHandler> logger)
{
    /// <summary>What the request log names these requests by.</summary>
    public const string OperationName = "Autodiscover";

    private const string NoError = "NoError";

    private readonly Guid deploymentId = AutodiscoverUser.DeploymentId(options.Value.Realm);

    public async Task HandleAsync(HttpContext context, RequestOutcome outcome)
    {
        var request = context.Request;
        outcome.Begin(context.RequestAborted);
        outcome.Named(OperationName);
        if (PostOnly.RefuseUnlessPost(context) || await signIn.SignInOrChallengeAsync(context) is not { } caller)
        {
            return;
        }

        outcome.SignedIn(caller);

        // As at the EWS gate: this handler's own limit applies, and an excess closes the connection after the answer.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = null;
        }

        using var body = await BufferedBody.ReadAsync(request.Body, request.ContentLength, options.Value.MaxRequestBytes);
        var (address, error) = AutodiscoverRequest.Read(body);
        Mailbox? mailbox = null;
        if (error is null)
        {
            try
            {
                (mailbox, error) = await ResolveAsync(caller, address!, context.RequestAborted);
            }
            catch (Exception e) when (!context.RequestAborted.IsCancellationRequested)
            {
                // Looking up or provisioning the mailbox failed: Autodiscover's own error answer, never a bare 500.
                LogResolveFailure(e);
                error = AutodiscoverError.InternalError;
            }
        }

        if (error is not null)
        {
            outcome.Failed(error.Code.ToString(System.Globalization.CultureInfo.InvariantCulture));
            body.AnnounceCloseIfExceeded(context.Response);
            await AutodiscoverResponse.WriteErrorAsync(context.Response, error, clock.GetUtcNow());
            await body.CloseConnectionIfExceededAsync(context);
            return;
        }

        outcome.Resolved(mailbox!);
        outcome.Answered(ResponseClasses.Success, NoError);
        await AutodiscoverResponse.WriteSettingsAsync(context.Response, mailbox!, EwsEndpoint.UrlFor(request), deploymentId);
    }

    /// <summary>
    /// The caller's own mailbox; another only for callers that may impersonate, and only one that may exist (any in
    /// AutoProvision mode, accounts in Strict). A new one once AutoProvision's limit is reached, the caller's own
    /// included, is refused too. Every refusal looks the same, so it tells nothing about other mailboxes.
    /// </summary>
    private async Task<(Mailbox? Mailbox, AutodiscoverError? Error)> ResolveAsync(Caller caller, string address, CancellationToken cancellationToken)
    {
        var allowed = address == caller.SmtpAddress || (caller.MayImpersonate && await accounts.MayExistAsync(address, cancellationToken));
        return allowed && await mailboxes.GetOrCreateAsync(address, cancellationToken) is { } mailbox
            ? (mailbox, null)
            : (null, AutodiscoverError.AddressNotFound);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Autodiscover could not look up or provision the mailbox")]
    private partial void LogResolveFailure(Exception exception);
}
