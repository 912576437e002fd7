using Ews.ImGroups.Domain.Mailboxes;
using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Host.Identity;

namespace Ews.ImGroups.Host.Soap.Gate;

/// <summary>
/// Finds the mailbox an <c>ExchangeImpersonation</c> header names, for callers allowed to impersonate. Addresses and
/// principal names in e-mail form name mailboxes as user names do (provisioned in AutoProvision mode, accounts in
/// Strict mode, within AutoProvision's limit); SIDs must belong to an existing mailbox.
/// </summary>
public sealed class ImpersonationResolver(IMailboxDirectory mailboxes, FirstUseMailboxes firstUse, AccountDirectory accounts)
{
    /// <summary>Exchange's wording for a caller without the right to impersonate.</summary>
    private static readonly EwsFault Denied = EwsFault.Plain(
        ResponseCodes.ErrorImpersonateUserDenied, "The account does not have permission to impersonate the requested user.");

    public async Task<(Mailbox? Mailbox, EwsFault? Fault)> ResolveAsync(Caller caller, ImpersonationTarget target, CancellationToken cancellationToken)
    {
        if (!caller.MayImpersonate)
        {
            return (null, Denied);
        }

        if (target.Kind == ConnectingSidKind.Sid)
        {
            if (!SecurityIdentifiers.TryNormalize(target.Value, out var sid))
            {
                return (null, EwsFault.Plain(ResponseCodes.ErrorInvalidSid, $"'{target.Value}' is not a security identifier."));
            }

            var bySid = await mailboxes.FindBySidAsync(sid, cancellationToken);
            return bySid is null ? (null, NoMailbox(target)) : (bySid, null);
        }

        // A new address once AutoProvision's limit is reached is refused as Strict mode refuses one that is no account.
        return SmtpAddresses.TryNormalize(target.Value, out var smtp) && await accounts.MayExistAsync(smtp, cancellationToken)
            && await firstUse.GetOrCreateAsync(smtp, cancellationToken) is { } mailbox
            ? (mailbox, null)
            : (null, NoMailbox(target));
    }

    private static EwsFault NoMailbox(ImpersonationTarget target) =>
        EwsFault.Plain(ResponseCodes.ErrorNonExistentMailbox, $"No mailbox is associated with the impersonated account '{target.Value}'.");
}
