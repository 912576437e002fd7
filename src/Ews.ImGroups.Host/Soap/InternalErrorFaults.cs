using System.ServiceModel.Channels;
using System.Xml;
using Ews.ImGroups.Host.Common;
using SoapCore;
using SoapCore.Extensibility;

namespace Ews.ImGroups.Host.Soap;

/// <summary>
/// Turns an exception escaping an operation into Exchange's <c>ErrorInternalServerError</c> fault (HTTP 500). SoapCore
/// logs the exception; its text never reaches the client.
/// </summary>
public sealed class InternalErrorFaults(RequestOutcome outcome) : IFaultExceptionTransformer
{
    private static readonly EwsFault Fault = EwsFault.Plain(
        ResponseCodes.ErrorInternalServerError, "An internal server error occurred. The operation failed.");

    public Message ProvideFault(Exception exception, MessageVersion messageVersion, Message requestMessage, ConcurrentXmlNamespaceLookup xmlNamespaceLookup)
    {
        outcome.Failed(Fault.ResponseCode);
        var message = new FaultMessage(messageVersion);
        message.Properties[HttpResponseMessageProperty.Name] = new HttpResponseMessageProperty
        {
            StatusCode = System.Net.HttpStatusCode.InternalServerError,
        };
        return message;
    }

    /// <summary>A reply that says it is a fault, so nothing treats it as an operation's answer.</summary>
    private sealed class FaultMessage(MessageVersion version) : Message
    {
        public override MessageHeaders Headers { get; } = new(version);

        public override MessageProperties Properties { get; } = [];

        public override MessageVersion Version => version;

        public override bool IsFault => true;

        protected override void OnWriteBodyContents(XmlDictionaryWriter writer) => EwsFaultWriter.WriteFault(writer, Fault);
    }
}
