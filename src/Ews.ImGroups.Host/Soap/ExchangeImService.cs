using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Mailboxes;
using Ews.ImGroups.Domain.People;
using Ews.ImGroups.Domain.Photos;
using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Host.Photos;
using Ews.ImGroups.Host.Soap.Contracts;

namespace Ews.ImGroups.Host.Soap;

/// <summary>
/// Maps the SOAP contract onto the IM-list rules for the mailbox the gate resolved, which reaches it through the
/// request's outcome; one instance per request.
/// </summary>
public sealed class ExchangeImService(
    ImGroupService groups,
    ImContactService contacts,
    ImListService lists,
    ContractMapper contracts,
    IMailboxDirectory directory,
    IUserPhotos photos,
    IHttpContextAccessor http,
    PeopleService people,
    PeopleWriter peopleWriter,
    RequestOutcome outcome) : IExchangeImService
{
    public async Task<AddImGroupResponse> AddImGroup(AddImGroupRequest request)
    {
        var (mailbox, cancellation) = Current();
        var result = await groups.AddImGroupAsync(mailbox, request.AddImGroup.DisplayName, cancellation);
        return new() { Body = Respond<AddImGroupResponseMessageType, ImGroup>(result, g => new() { ImGroup = contracts.Group(g) }) };
    }

    public async Task<AddImContactToGroupResponse> AddImContactToGroup(AddImContactToGroupRequest request)
    {
        var (mailbox, cancellation) = Current();
        var body = request.AddImContactToGroup;
        var result = await contacts.AddImContactToGroupAsync(mailbox, body.ContactId.Id, body.GroupId?.Id, cancellation);
        return new() { Body = Respond<AddImContactToGroupResponseMessageType, ImContact>(result, _ => new()) };
    }

    public async Task<GetImItemListResponse> GetImItemList(GetImItemListRequest request)
    {
        var (mailbox, cancellation) = Current();
        var list = await lists.GetImItemListAsync(mailbox, cancellation);
        return new() { Body = Log(new GetImItemListResponseMessageType { ImItemList = contracts.List(list, ExtendedField.None) }) };
    }

    public async Task<GetImItemsResponse> GetImItems(GetImItemsRequest request)
    {
        var (mailbox, cancellation) = Current();
        var body = request.GetImItems;
        var list = await lists.GetImItemsAsync(
            mailbox, Ids(body.ContactIds), Ids(body.GroupIds), cancellation);
        var fields = body.ExtendedProperties is { } asked ? ExtendedField.Known(asked.Select(f => (f.PropertyTag, f.PropertyType))) : ExtendedField.None;
        return new() { Body = Log(new GetImItemsResponseMessageType { ImItemList = contracts.List(list, fields) }) };
    }

    public async Task<AddNewImContactToGroupResponse> AddNewImContactToGroup(AddNewImContactToGroupRequest request)
    {
        var (mailbox, cancellation) = Current();
        var body = request.AddNewImContactToGroup;
        var result = await contacts.AddNewImContactToGroupAsync(mailbox, body.ImAddress, body.DisplayName, body.GroupId?.Id, cancellation);
        if (result.Error == ImListError.GroupInAnotherMailbox)
        {
            var guid = contracts.MailboxGuidOf(body.GroupId?.Id) ?? throw new InvalidOperationException("The group id was read, so it decodes.");
            return new() { Body = Log(ResponseMessages.NonExistentMailbox<AddNewImContactToGroupResponseMessageType>(guid)) };
        }

        return new()
        {
            Body = Respond<AddNewImContactToGroupResponseMessageType, ImPersona>(result, p => new() { Persona = contracts.Persona(p) }),
        };
    }

    public async Task<AddNewTelUriContactToGroupResponse> AddNewTelUriContactToGroup(AddNewTelUriContactToGroupRequest request)
    {
        var (mailbox, cancellation) = Current();
        var body = request.AddNewTelUriContactToGroup;
        var result = await contacts.AddNewTelUriContactToGroupAsync(
            mailbox, body.TelUriAddress, body.ImContactSipUriAddress, body.ImTelephoneNumber, body.GroupId?.Id, cancellation);
        return new()
        {
            Body = Respond<AddNewTelUriContactToGroupResponseMessageType, ImPersona>(result, p => new() { Persona = contracts.Persona(p) }),
        };
    }

    public async Task<AddDistributionGroupToImListResponse> AddDistributionGroupToImList(AddDistributionGroupToImListRequest request)
    {
        var (mailbox, cancellation) = Current();
        var body = request.AddDistributionGroupToImList;
        var directoryGroup = SmtpAddresses.TryNormalize(body.SmtpAddress, out var smtp)
            ? await directory.FindDistributionGroupAsync(smtp, cancellation)
            : null;
        var result = await groups.AddDistributionGroupAsync(mailbox, directoryGroup, body.DisplayName, cancellation);
        return new()
        {
            Body = Respond<AddDistributionGroupToImListResponseMessageType, ImGroup>(result, g => new() { ImGroup = contracts.Group(g) }),
        };
    }

    public async Task<RemoveDistributionGroupFromImListResponse> RemoveDistributionGroupFromImList(RemoveDistributionGroupFromImListRequest request)
    {
        var (mailbox, cancellation) = Current();
        var result = await groups.RemoveDistributionGroupAsync(mailbox, request.RemoveDistributionGroupFromImList.GroupId.Id, cancellation);
        return new() { Body = Respond<RemoveDistributionGroupFromImListResponseMessageType, ImGroup>(result, _ => new()) };
    }

    public async Task<RemoveImContactFromGroupResponse> RemoveImContactFromGroup(RemoveImContactFromGroupRequest request)
    {
        var (mailbox, cancellation) = Current();
        var body = request.RemoveImContactFromGroup;
        var result = await contacts.RemoveImContactFromGroupAsync(mailbox, body.ContactId.Id, body.GroupId.Id, cancellation);
        return new() { Body = Respond<RemoveImContactFromGroupResponseMessageType, Done>(result, _ => new()) };
    }

    public async Task<RemoveContactFromImListResponse> RemoveContactFromImList(RemoveContactFromImListRequest request)
    {
        var (mailbox, cancellation) = Current();
        var result = await contacts.RemoveContactFromImListAsync(mailbox, request.RemoveContactFromImList.ContactId.Id, cancellation);
        return new() { Body = Respond<RemoveContactFromImListResponseMessageType, Done>(result, _ => new()) };
    }

    public async Task<RemoveImGroupResponse> RemoveImGroup(RemoveImGroupRequest request)
    {
        var (mailbox, cancellation) = Current();
        var result = await groups.RemoveImGroupAsync(mailbox, request.RemoveImGroup.GroupId.Id, cancellation);
        return new() { Body = Respond<RemoveImGroupResponseMessageType, ImGroup>(result, _ => new()) };
    }

    public async Task<SetImGroupResponse> SetImGroup(SetImGroupRequest request)
    {
        var (mailbox, cancellation) = Current();
        var body = request.SetImGroup;
        var result = await groups.SetImGroupAsync(mailbox, body.GroupId.Id, body.NewDisplayName, cancellation);
        return new() { Body = Respond<SetImGroupResponseMessageType, ImGroup>(result, _ => new()) };
    }

    public async Task<SetImListMigrationCompletedResponse> SetImListMigrationCompleted(SetImListMigrationCompletedRequest request)
    {
        var (mailbox, cancellation) = Current();
        var result = await lists.SetImListMigrationCompletedAsync(
            mailbox, request.SetImListMigrationCompleted.ImListMigrationCompleted, cancellation);
        return new() { Body = Respond<SetImListMigrationCompletedResponseMessageType, Done>(result, _ => new()) };
    }

    /// <summary>
    /// The photo of any address, whoever asks, for every size (the one stored image). Its tag goes out as the ETag
    /// header; a client whose <c>If-None-Match</c> names it gets <c>HasChanged</c> false and no picture. Without a
    /// photo the envelope says only that nothing came, and the HTTP status says why, as Exchange's does: 404 for a
    /// mailbox without a photo, 500 for an address the store does not know.
    /// </summary>
    public async Task<GetUserPhotoResponse> GetUserPhoto(GetUserPhotoRequest request)
    {
        var (_, cancellation) = Current();
        var context = http.HttpContext ?? throw new InvalidOperationException("GetUserPhoto runs inside an HTTP request.");
        var known = UserPhotos.TryNormalizeAddress(request.GetUserPhoto.Email, out var address);
        var photo = known ? await photos.FindAsync(address, cancellation) : null;
        if (photo is null)
        {
            context.Response.StatusCode = known && await photos.IsMailboxAsync(address, cancellation)
                ? StatusCodes.Status404NotFound
                : StatusCodes.Status500InternalServerError;
            return new() { Body = Log(new GetUserPhotoResponseMessageType { HasChanged = true }) };
        }

        context.Response.Headers.ETag = PhotoTags.Quote(photo.Tag);
        var unchanged = PhotoTags.IsCurrent(context.Request.Headers.IfNoneMatch, photo.Tag);
        return new() { Body = Log(new GetUserPhotoResponseMessageType { HasChanged = !unchanged, PictureData = unchanged ? null : photo.Content }) };
    }

    public async Task<FindPeopleResponse> FindPeople(FindPeopleRequest request)
    {
        var mailbox = outcome.Mailbox ?? throw new InvalidOperationException("The request did not pass the EWS gate.");
        var body = request.FindPeople;
        var view = body.IndexedPageItemView;
        var folder = body.ParentFolderId;
        var search = new PeopleSearch(
            new PeopleFolder(
                folder?.DistinguishedFolderId?.Id,
                folder?.FolderId?.Id,
                folder?.AddressListId?.Id,
                folder?.DistinguishedFolderId?.Mailbox?.EmailAddress),
            body.QueryString,
            new PageView(view.MaxEntriesReturnedSpecified ? view.MaxEntriesReturned : null, view.Offset, view.BasePoint == "End"),
            HasRestriction: body.Restriction is not null || body.AggregationRestriction is not null);
        var result = await people.FindPeopleAsync(mailbox, search, outcome.RequestAborted);
        return new()
        {
            Body = Respond<FindPeopleResponseMessageType, PeoplePage>(result, page => new()
            {
                People = new ArrayOfPeopleType(writer => peopleWriter.Write(writer, page.People)),
                TotalNumberOfPeopleInView = page.Total,
                FirstMatchingRowIndex = page.FirstIndex,
                FirstLoadedRowIndex = page.FirstIndex,
            }),
        };
    }

    private static List<string> Ids(List<ItemIdType>? ids) => ids?.Select(i => i.Id).ToList() ?? [];

    private (long Mailbox, CancellationToken Cancellation) Current() =>
        outcome.Mailbox is { } mailbox
            ? (mailbox.Id, outcome.RequestAborted)
            : throw new InvalidOperationException("The request did not pass the EWS gate.");

    private TBody Respond<TBody, T>(ImListResult<T> result, Func<T, TBody> success)
        where TBody : ResponseMessageType, new() =>
        Log(result.IsSuccess ? success(result.Value!) : ResponseMessages.Error<TBody>(result.Error));

    private T Log<T>(T response)
        where T : ResponseMessageType
    {
        outcome.Answered(response.ResponseClass, response.ResponseCode);
        return response;
    }
}
