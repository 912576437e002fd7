using System.Security.Claims;
using Ews.ImGroups.Host.Common;

namespace Ews.ImGroups.Host.Identity;

/// <summary>A <see cref="Caller"/> as the claims an authentication handler hands on, and back.</summary>
public static class CallerClaims
{
    public const string Mailbox = "ews:mailbox";
    public const string MayImpersonate = "ews:may_impersonate";

    public static ClaimsPrincipal Principal(Caller caller, string scheme) => new(new ClaimsIdentity(
        [new Claim(Mailbox, caller.SmtpAddress), new Claim(MayImpersonate, caller.MayImpersonate ? "true" : "false")],
        scheme,
        Mailbox,
        roleType: null));

    /// <summary>The caller a principal of <see cref="Principal"/> names, or null for any other principal.</summary>
    public static Caller? From(ClaimsPrincipal principal) => principal.FindFirst(Mailbox) is { } mailbox
        ? new Caller(mailbox.Value, principal.HasClaim(MayImpersonate, "true"))
        : null;
}
