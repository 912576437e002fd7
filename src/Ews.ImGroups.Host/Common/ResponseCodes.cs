namespace Ews.ImGroups.Host.Common;

/// <summary>The EWS response codes this server returns; each is a value of <c>m:ResponseCodeType</c> in schemas/.</summary>
public static class ResponseCodes
{
    public const string NoError = nameof(NoError);
    public const string ErrorCannotDeleteObject = nameof(ErrorCannotDeleteObject);
    public const string ErrorImContactLimitReached = nameof(ErrorImContactLimitReached);
    public const string ErrorImpersonateUserDenied = nameof(ErrorImpersonateUserDenied);
    public const string ErrorInvalidImDistributionGroupSmtpAddress = nameof(ErrorInvalidImDistributionGroupSmtpAddress);
    public const string ErrorInvalidOperation = nameof(ErrorInvalidOperation);
    public const string ErrorItemNotFound = nameof(ErrorItemNotFound);
    public const string ErrorUnableToRemoveImContactFromGroup = nameof(ErrorUnableToRemoveImContactFromGroup);
    public const string ErrorImGroupDisplayNameAlreadyExists = nameof(ErrorImGroupDisplayNameAlreadyExists);
    public const string ErrorImGroupLimitReached = nameof(ErrorImGroupLimitReached);
    public const string ErrorIncorrectSchemaVersion = nameof(ErrorIncorrectSchemaVersion);
    public const string ErrorInternalServerError = nameof(ErrorInternalServerError);
    public const string ErrorInvalidIdEmpty = nameof(ErrorInvalidIdEmpty);
    public const string ErrorInvalidIdMalformed = nameof(ErrorInvalidIdMalformed);
    public const string ErrorInvalidImContactId = nameof(ErrorInvalidImContactId);
    public const string ErrorInvalidImGroupId = nameof(ErrorInvalidImGroupId);
    public const string ErrorInvalidRequest = nameof(ErrorInvalidRequest);
    public const string ErrorInvalidServerVersion = nameof(ErrorInvalidServerVersion);
    public const string ErrorInvalidSid = nameof(ErrorInvalidSid);
    public const string ErrorMailboxStoreUnavailable = nameof(ErrorMailboxStoreUnavailable);
    public const string ErrorNonExistentMailbox = nameof(ErrorNonExistentMailbox);
    public const string ErrorSchemaValidation = nameof(ErrorSchemaValidation);
    public const string ErrorServerBusy = nameof(ErrorServerBusy);
    public const string ErrorUnsupportedCulture = nameof(ErrorUnsupportedCulture);
    public const string ErrorFolderNotFound = nameof(ErrorFolderNotFound);
    public const string ErrorInvalidArgument = nameof(ErrorInvalidArgument);
    public const string ErrorInvalidIndexedPagingParameters = nameof(ErrorInvalidIndexedPagingParameters);
    public const string ErrorInvalidPagingMaxRows = nameof(ErrorInvalidPagingMaxRows);
    public const string ErrorUnsupportedQueryFilter = nameof(ErrorUnsupportedQueryFilter);
}

/// <summary>Values of <c>ResponseClass</c>.</summary>
public static class ResponseClasses
{
    public const string Success = nameof(Success);
    public const string Error = nameof(Error);
}
