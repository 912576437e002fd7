using System.ServiceModel.Channels;
using System.Xml;
using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Storage;
using SoapCore;
using SoapCore.Extensibility;

namespace Ews.ImGroups.Host.Soap;

/// <summary>
/// Turns an exception escaping an operation into Exchange's <c>ErrorInternalServerError</c> fault (HTTP 500), or its
/// <c>ErrorMailboxStoreUnavailable</c> fault when the store could not be reached. SoapCore logs the exception; its text
/// never reaches the client.
/// </summary>
public sealed class InternalErrorFaults(RequestOutcome outcome) : IFaultExceptionTransformer
{
    public Message ProvideFault(Exception exception, MessageVersion messageVersion, Message requestMessage, ConcurrentXmlNamespaceLookup xmlNamespaceLookup)
    {
        var fault = StoreFailures.IsUnavailable(exception) ? EwsFault.StoreUnavailable : EwsFault.InternalServerError;
        outcome.Failed(fault.ResponseCode);
        if (outcome.RequestAborted.IsCancellationRequested)
        {
            // The operation ended because its client hung up: the fault goes nowhere, and the failure was not the server's.
            outcome.LeftByClient();
        }

        var message = new FaultMessage(messageVersion, fault);
        message.Properties[HttpResponseMessageProperty.Name] = new HttpResponseMessageProperty
        {
            StatusCode = System.Net.HttpStatusCode.InternalServerError,
        };
        return message;
    }

    /// <summary>A reply that says it is a fault, so nothing treats it as an operation's answer.</summary>
    private sealed class FaultMessage(MessageVersion version, EwsFault fault) : Message
    {
        public override MessageHeaders Headers { get; } = new(version);

        public override MessageProperties Properties { get; } = [];

        public override MessageVersion Version => version;

        public override bool IsFault => true;

        protected override void OnWriteBodyContents(XmlDictionaryWriter writer) => EwsFaultWriter.WriteFault(writer, fault);
    }
}
