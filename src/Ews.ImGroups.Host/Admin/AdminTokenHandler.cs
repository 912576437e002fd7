using System.Security.Claims;
using System.Text.Encodings.Web;
using Ews.ImGroups.Host.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Ews.ImGroups.Host.Admin;

/// <summary>
/// The admin token as an authentication scheme: sent as <c>Authorization: Bearer</c> or, from the dashboard, as the
/// sign-in its cookie holds, and compared in constant time. Without a configured token it authenticates no one, and the admin policy
/// does not ask it to.
/// </summary>
public sealed class AdminTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AdminAccess access,
    SignInGuard guard)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string BearerPrefix = "Bearer ";
    private const string Challenge = $"Bearer realm=\"{AdminAccess.Realm}\"";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!access.Protected)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        // A bearer header is the token offered, whatever the cookie holds; any other header leaves the cookie to speak.
        var authorization = Request.Headers.Authorization.ToString();
        bool matches;
        if (authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            matches = access.Matches(authorization[BearerPrefix.Length..].Trim());
        }
        else if (Request.Cookies[AdminAccess.CookieName(Request)] is { } cookie)
        {
            matches = access.IsSession(cookie);
        }
        else
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        // An address over its limit is refused whatever it offers, so the right token cannot be told from a wrong one.
        var address = SignInGuard.AddressOf(Context);
        if (guard.IsAdminThrottled(Context, address))
        {
            return Task.FromResult(AuthenticateResult.Fail("Too many wrong admin tokens from this address."));
        }

        if (!matches)
        {
            guard.AdminTokenFailed(address);
            return Task.FromResult(AuthenticateResult.Fail("The admin token does not match."));
        }

        return Task.FromResult(
            AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(Scheme.Name)), Scheme.Name)));
    }

    /// <summary>
    /// 429 for an address over its limit; else the endpoint's own sign-in answer when it has one (the dashboard's form),
    /// else the control API's problem.
    /// </summary>
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (SignInGuard.TrySetThrottled(Context))
        {
            return TypedResults.Problem(
                detail: "Too many wrong admin tokens from this address; try again after the time in Retry-After.",
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many attempts").ExecuteAsync(Context);
        }

        if (Context.GetEndpoint()?.Metadata.GetMetadata<AdminSignIn>() is { } signIn)
        {
            return signIn.Answer().ExecuteAsync(Context);
        }

        Response.Headers[HeaderNames.WWWAuthenticate] = Challenge;
        return TypedResults.Problem(
            detail: "Send the configured admin token as 'Authorization: Bearer <token>'.",
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Admin token required").ExecuteAsync(Context);
    }
}
