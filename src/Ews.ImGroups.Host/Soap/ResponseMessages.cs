using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Host.Soap.Contracts;

namespace Ews.ImGroups.Host.Soap;

/// <summary>How rule violations appear on the wire: response code and message text, as Exchange words them.</summary>
public static class ResponseMessages
{
    public static T Error<T>(ImListError error)
        where T : ResponseMessageType, new()
    {
        var (code, text) = Describe(error);
        return new T { ResponseClass = ResponseClasses.Error, MessageText = text, ResponseCode = code, DescriptiveLinkKey = 0 };
    }

    /// <summary>
    /// A group id of another mailbox given to AddNewImContactToGroup, answered as Exchange documents it: the mailbox
    /// the id names is not one the caller's request can reach, and <c>MessageXml</c> says which.
    /// </summary>
    public static T NonExistentMailbox<T>(Guid mailboxGuid)
        where T : ResponseMessageType, new()
    {
        var (code, text) = Describe(ImListError.GroupInAnotherMailbox);
        return new T
        {
            ResponseClass = ResponseClasses.Error,
            MessageText = text,
            ResponseCode = code,
            DescriptiveLinkKey = 0,
            MessageXml = new MessageXmlType(writer =>
            {
                writer.WriteStartElement("t", "Value", EwsNamespaces.Types);
                writer.WriteAttributeString("Name", "MailboxGuid");
                writer.WriteString(mailboxGuid.ToString("D"));
                writer.WriteEndElement();
            }),
        };
    }

    public static (string Code, string Text) Describe(ImListError error) => error switch
    {
        ImListError.ImGroupDisplayNameAlreadyExists => (ResponseCodes.ErrorImGroupDisplayNameAlreadyExists, "An IM group with the specified display name already exists."),
        ImListError.ImGroupLimitReached => (ResponseCodes.ErrorImGroupLimitReached, "The maximum number of IM groups has been reached."),
        ImListError.InvalidImContactId => (ResponseCodes.ErrorInvalidImContactId, "The specified Im Contact Id is invalid."),
        ImListError.InvalidImGroupId => (ResponseCodes.ErrorInvalidImGroupId, "The specified Im Group Id is invalid."),
        ImListError.InvalidIdEmpty => (ResponseCodes.ErrorInvalidIdEmpty, "Id must be non-empty."),
        ImListError.InvalidIdMalformed => (ResponseCodes.ErrorInvalidIdMalformed, "Id is malformed."),
        ImListError.ImContactLimitReached => (ResponseCodes.ErrorImContactLimitReached, "The maximum number of IM contacts has been reached."),
        ImListError.InvalidImDistributionGroupSmtpAddress =>
            (ResponseCodes.ErrorInvalidImDistributionGroupSmtpAddress, "The specified IM distribution group SMTP address is invalid."),
        ImListError.UnableToRemoveImContactFromGroup =>
            (ResponseCodes.ErrorUnableToRemoveImContactFromGroup, "The members of a distribution group cannot be removed from it."),
        ImListError.ItemNotFound => (ResponseCodes.ErrorItemNotFound, "The specified object was not found in the store."),
        ImListError.CannotRemoveSystemGroup => (ResponseCodes.ErrorCannotDeleteObject, "The system IM groups Other Contacts, Tagged and Favorites cannot be removed."),
        ImListError.MailboxNotFound => (ResponseCodes.ErrorNonExistentMailbox, "The mailbox no longer exists."),
        ImListError.GroupInAnotherMailbox => (ResponseCodes.ErrorNonExistentMailbox, "No mailbox with such guid."),
        ImListError.CannotRenameSystemGroup => (ResponseCodes.ErrorInvalidOperation, "The system IM groups Other Contacts, Tagged and Favorites cannot be renamed."),
        ImListError.FolderNotFound => (ResponseCodes.ErrorFolderNotFound, "The specified folder could not be found in the store."),
        ImListError.InvalidIndexedPagingParameters => (ResponseCodes.ErrorInvalidIndexedPagingParameters, "The offset of an indexed page view cannot be negative."),
        ImListError.InvalidPagingMaxRows => (ResponseCodes.ErrorInvalidPagingMaxRows, "MaxEntriesReturned must be greater than zero."),
        ImListError.QueryStringRequired => (ResponseCodes.ErrorInvalidArgument, "A QueryString is required to search the directory."),
        ImListError.UnsupportedQueryFilter => (ResponseCodes.ErrorUnsupportedQueryFilter, "Restrictions are not supported; search with a QueryString."),
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, "Not an error."),
    };
}
