using System.ServiceModel.Channels;
using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Host.Configuration;
using Microsoft.Extensions.Options;
using SoapCore.Extensibility;
using SoapCore.ServiceModel;

namespace Ews.ImGroups.Host.Soap;

/// <summary>Adds <c>ServerVersionInfo</c> to every operation response, in one place for all operations.</summary>
public sealed class ServerVersionInspector(IOptions<EwsOptions> options) : IMessageInspector2
{
    private readonly ServerVersionInfoHeader header = new(options.Value.ServerVersion);

    public object? AfterReceiveRequest(ref Message message, ServiceDescription serviceDescription) => null;

    public void BeforeSendReply(ref Message reply, ServiceDescription serviceDescription, object correlationState)
    {
        if (!reply.IsFault)
        {
            reply.Headers.Add(header);
        }
    }
}
