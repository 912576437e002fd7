using System.Net;
using System.ServiceModel.Channels;
using System.Xml;
using Ews.ImGroups.Host.Soap.Pipeline;
using SoapCore;
using SoapCore.Extensibility;

namespace Ews.ImGroups.Host.Soap;

/// <summary>
/// Turns an exception escaping an operation into Exchange's <c>ErrorInternalServerError</c> fault. The exception is
/// logged by SoapCore; its text never reaches the client.
/// </summary>
public sealed class InternalErrorFaults : IFaultExceptionTransformer
{
    private static readonly EwsFault Fault = EwsFault.Plain(
        "ErrorInternalServerError", "An internal server error occurred. The operation failed.");

    public Message ProvideFault(Exception exception, MessageVersion messageVersion, Message requestMessage, ConcurrentXmlNamespaceLookup xmlNamespaceLookup)
    {
        var message = Message.CreateMessage(messageVersion, null, new FaultBody());
        message.Properties[HttpResponseMessageProperty.Name] = new HttpResponseMessageProperty
        {
            StatusCode = HttpStatusCode.InternalServerError,
        };
        return message;
    }

    private sealed class FaultBody() : BodyWriter(isBuffered: true)
    {
        protected override void OnWriteBodyContents(XmlDictionaryWriter writer) => EwsFaultWriter.WriteFault(writer, Fault);
    }
}
