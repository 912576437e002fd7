using System.ServiceModel;
using System.Xml.Serialization;

namespace Ews.ImGroups.Bench.Baseline;

/// <summary>
/// One operation shaped like the server's AddImGroup (same element names and namespaces), so the benchmark can send
/// the very same request to both. It reads the request and returns a fixed small answer.
/// </summary>
[ServiceContract(Namespace = Namespaces.Messages, Name = "ExchangeServicePortType")]
public interface IBaselineService
{
    [OperationContract(Action = Namespaces.Messages + "/AddImGroup", Name = "AddImGroup", ReplyAction = "*")]
    Task<AddImGroupResponse> AddImGroup(AddImGroupRequest request);
}

public sealed class BaselineService : IBaselineService
{
    public const string Path = "/EWS/Exchange.asmx";
    public const string ReadyPath = "/readyz";
    public const string AllocatedBytesPath = "/debug/allocated-bytes";
    public const string Announcement = "Ews.ImGroups.Bench.Baseline listening on ";

    private static readonly AddImGroupResponseMessage Success = new() { ResponseClass = "Success", ResponseCode = "NoError" };

    public Task<AddImGroupResponse> AddImGroup(AddImGroupRequest request) => Task.FromResult(new AddImGroupResponse { Body = Success });
}

public static class Namespaces
{
    public const string Messages = "http://schemas.microsoft.com/exchange/services/2006/messages";
}

[XmlType(Namespace = Namespaces.Messages)]
public sealed class AddImGroupType
{
    public string DisplayName { get; set; } = string.Empty;
}

[XmlType(Namespace = Namespaces.Messages)]
public sealed class AddImGroupResponseMessage
{
    [XmlAttribute]
    public string ResponseClass { get; set; } = string.Empty;

    public string ResponseCode { get; set; } = string.Empty;
}

[MessageContract(IsWrapped = false)]
public sealed class AddImGroupRequest
{
    [MessageBodyMember(Namespace = Namespaces.Messages)]
    public AddImGroupType AddImGroup { get; set; } = new();
}

[MessageContract(IsWrapped = false)]
public sealed class AddImGroupResponse
{
    [MessageBodyMember(Name = "AddImGroupResponse", Namespace = Namespaces.Messages)]
    public AddImGroupResponseMessage Body { get; init; } = new();
}
