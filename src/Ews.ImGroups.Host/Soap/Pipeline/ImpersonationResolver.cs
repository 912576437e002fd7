using Ews.ImGroups.Domain.Mailboxes;

namespace Ews.ImGroups.Host.Soap.Pipeline;

/// <summary>
/// Finds the mailbox an <c>ExchangeImpersonation</c> header names. Every caller may impersonate: addresses and
/// principal names in e-mail form are provisioned like Basic users; SIDs must belong to an existing mailbox.
/// </summary>
public sealed class ImpersonationResolver(IMailboxDirectory mailboxes)
{
    public async Task<(Mailbox? Mailbox, EwsFault? Fault)> ResolveAsync(ImpersonationTarget target, CancellationToken cancellationToken)
    {
        if (target.Kind == ConnectingSidKind.Sid)
        {
            if (!SecurityIdentifiers.TryNormalize(target.Value, out var sid))
            {
                return (null, EwsFault.Plain(ResponseCodes.ErrorInvalidSid, $"'{target.Value}' is not a security identifier."));
            }

            var bySid = await mailboxes.FindBySidAsync(sid, cancellationToken);
            return bySid is null ? (null, NoMailbox(target)) : (bySid, null);
        }

        return SmtpAddresses.TryNormalize(target.Value, out var smtp)
            ? (await mailboxes.GetOrCreateAsync(smtp, cancellationToken), null)
            : (null, NoMailbox(target));
    }

    private static EwsFault NoMailbox(ImpersonationTarget target) =>
        EwsFault.Plain(ResponseCodes.ErrorNonExistentMailbox, $"No mailbox is associated with the impersonated account '{target.Value}'.");
}
