using Ews.ImGroups.Host.Common;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Ews.ImGroups.Host.Identity;

/// <summary>
/// Who an EWS or Autodiscover request comes from, by the <see cref="EwsAuthentication.Policy"/> policy. A request
/// the policy refuses is challenged by each of its schemes, so every 401 carries one challenge per enabled scheme.
/// </summary>
public sealed class CallerSignIn(IAuthorizationPolicyProvider policies, IPolicyEvaluator evaluator)
{
    private AuthorizationPolicy? policy;

    /// <summary>The caller, or null once the request has been answered with 401 and the challenges, or with 429.</summary>
    public async Task<Caller?> SignInOrChallengeAsync(HttpContext context)
    {
        policy ??= await policies.GetPolicyAsync(EwsAuthentication.Policy)
            ?? throw new InvalidOperationException($"The '{EwsAuthentication.Policy}' authorization policy is not registered.");
        var authentication = await evaluator.AuthenticateAsync(policy, context);
        var authorization = await evaluator.AuthorizeAsync(policy, authentication, context, resource: null);
        if (authorization.Succeeded && CallerClaims.From(context.User) is { } caller)
        {
            return caller;
        }

        // A guesser over the address's limit gets 429 alone: a challenge would invite another try at once.
        if (SignInGuard.TrySetThrottled(context))
        {
            return null;
        }

        await ChallengeAsync(context);
        return null;
    }

    /// <summary>Answers 401 with one challenge per scheme, as for an unknown user: also for a caller signed in already.</summary>
    public async Task ChallengeAsync(HttpContext context)
    {
        policy ??= await policies.GetPolicyAsync(EwsAuthentication.Policy)
            ?? throw new InvalidOperationException($"The '{EwsAuthentication.Policy}' authorization policy is not registered.");
        foreach (var scheme in policy.AuthenticationSchemes)
        {
            await context.ChallengeAsync(scheme);
        }
    }
}
