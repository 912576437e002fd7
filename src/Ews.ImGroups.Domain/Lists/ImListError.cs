namespace Ews.ImGroups.Domain.Lists;

/// <summary>Rule violations an IM-list operation reports to its caller instead of changing anything.</summary>
public enum ImListError
{
    None,
    ImGroupDisplayNameAlreadyExists,
    ImGroupLimitReached,
    ImContactLimitReached,
    InvalidImContactId,
    InvalidImGroupId,
    InvalidIdEmpty,
    InvalidIdMalformed,
    InvalidImDistributionGroupSmtpAddress,
    UnableToRemoveImContactFromGroup,
    ItemNotFound,
    CannotRemoveSystemGroup,
    CannotRenameSystemGroup,

    /// <summary>The mailbox was deleted, or the store reset, while the request was on its way.</summary>
    MailboxNotFound,

    /// <summary>The group id names a group of another mailbox, which this caller's list cannot reach.</summary>
    GroupInAnotherMailbox,
}
