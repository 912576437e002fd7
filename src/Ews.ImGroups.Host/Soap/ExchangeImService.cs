using Ews.ImGroups.Domain.Ids;
using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Host.Soap.Contracts;
using Ews.ImGroups.Host.Soap.Pipeline;
using Serilog;

namespace Ews.ImGroups.Host.Soap;

/// <summary>Maps the SOAP contract onto the IM-list rules for the mailbox the gate resolved.</summary>
public sealed class ExchangeImService(ImListService lists, IHttpContextAccessor http, IDiagnosticContext diagnostics) : IExchangeImService
{
    public async Task<AddImGroupResponse> AddImGroup(AddImGroupRequest request)
    {
        var (call, cancellation) = Current();
        var result = await lists.AddImGroupAsync(call.Mailbox.Id, request.AddImGroup.DisplayName, cancellation);
        return new AddImGroupResponse
        {
            Body = Log(result.IsSuccess
                ? new AddImGroupResponseMessageType { ImGroup = ToContract(result.Value!) }
                : ResponseMessages.Error<AddImGroupResponseMessageType>(result.Error)),
        };
    }

    public async Task<AddImContactToGroupResponse> AddImContactToGroup(AddImContactToGroupRequest request)
    {
        var (call, cancellation) = Current();
        var body = request.AddImContactToGroup;
        var result = await lists.AddImContactToGroupAsync(call.Mailbox.Id, body.ContactId.Id, body.GroupId?.Id, cancellation);
        return new AddImContactToGroupResponse
        {
            Body = Log(result.IsSuccess
                ? new AddImContactToGroupResponseMessageType()
                : ResponseMessages.Error<AddImContactToGroupResponseMessageType>(result.Error)),
        };
    }

    private (EwsCall Call, CancellationToken Cancellation) Current()
    {
        var context = http.HttpContext ?? throw new InvalidOperationException("No HTTP request is in progress.");
        var call = context.Features.Get<EwsCall>() ?? throw new InvalidOperationException("The request did not pass the EWS gate.");
        return (call, context.RequestAborted);
    }

    private T Log<T>(T response)
        where T : ResponseMessageType
    {
        diagnostics.Set(EwsLogProperties.ResponseClass, response.ResponseClass);
        diagnostics.Set(EwsLogProperties.ResponseCode, response.ResponseCode);
        return response;
    }

    private static ImGroupType ToContract(ImGroup group) => new()
    {
        DisplayName = group.DisplayName,
        GroupType = group.GroupType,
        ExchangeStoreId = new ItemIdType
        {
            Id = ItemIdCodec.EncodeId(group.Key),
            ChangeKey = ItemIdCodec.EncodeChangeKey(group.Version),
        },
    };
}
