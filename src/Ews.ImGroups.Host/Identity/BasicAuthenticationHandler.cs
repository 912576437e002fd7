using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Ews.ImGroups.Host.Identity;

/// <summary>The Basic scheme's settings: the challenge it sends, made once from the realm.</summary>
public sealed class BasicAuthenticationOptions : AuthenticationSchemeOptions
{
    public string Challenge { get; set; } = BasicCredentials.Scheme;
}

/// <summary>
/// HTTP Basic for EWS and Autodiscover: the user name is the mailbox's address (or a <c>DOMAIN\user</c> name standing
/// for it), the password is checked under the configured mode. Every refusal gives the same reason, so an unknown user
/// and a wrong password look alike.
/// </summary>
public sealed class BasicAuthenticationHandler(
    IOptionsMonitor<BasicAuthenticationOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccountDirectory accounts,
    SignInGuard guard)
    : AuthenticationHandler<BasicAuthenticationOptions>(options, logger, encoder)
{
    private const string Refused = "The user name or password is not accepted.";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!BasicCredentials.IsOffered(Request))
        {
            return AuthenticateResult.NoResult();
        }

        // An address over its limit is refused before anything else, so a guesser costs no hash and learns nothing.
        var address = SignInGuard.AddressOf(Context);
        if (guard.IsAddressThrottled(Context, address))
        {
            return AuthenticateResult.Fail(Refused);
        }

        var caller = BasicCredentials.Read(Request) is var (user, password)
            ? await accounts.SignInAsync(user, password, address, Context.RequestAborted)
            : null;
        return caller is null
            ? AuthenticateResult.Fail(Refused)
            : AuthenticateResult.Success(new AuthenticationTicket(CallerClaims.Principal(caller, Scheme.Name), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.Append(HeaderNames.WWWAuthenticate, Options.Challenge);
        return Task.CompletedTask;
    }
}
