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

    /// <summary>The folder named is not one of the caller's contact folders nor the directory.</summary>
    FolderNotFound,

    /// <summary>A page's offset is negative.</summary>
    InvalidIndexedPagingParameters,

    /// <summary>A page may hold no rows: its maximum is zero or less.</summary>
    InvalidPagingMaxRows,

    /// <summary>A search of the directory without a query string, which would browse it.</summary>
    QueryStringRequired,

    /// <summary>The request filters with a restriction, which this server does not evaluate.</summary>
    UnsupportedQueryFilter,
}
