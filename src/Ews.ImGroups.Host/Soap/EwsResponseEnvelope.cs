using System.ServiceModel.Channels;
using System.Xml;
using Ews.ImGroups.Host.Common;
using SoapCore;

namespace Ews.ImGroups.Host.Soap;

/// <summary>
/// The envelope of an answer as Exchange writes it: only the SOAP prefix on <c>s:Envelope</c>, the XML Schema
/// prefixes on <c>s:Body</c> (instance first), where SoapCore would put them all on the envelope.
/// </summary>
public sealed class EwsResponseEnvelope : CustomMessage
{
    private const string SoapPrefix = "s";

    protected override void OnWriteStartEnvelope(XmlDictionaryWriter writer)
    {
        writer.WriteStartDocument();
        writer.WriteStartElement(SoapPrefix, "Envelope", EwsNamespaces.Soap);
    }

    protected override void OnWriteStartBody(XmlDictionaryWriter writer)
    {
        writer.WriteStartElement(SoapPrefix, "Body", EwsNamespaces.Soap);
        writer.WriteXmlnsAttribute("xsi", EwsNamespaces.Xsi);
        writer.WriteXmlnsAttribute("xsd", EwsNamespaces.Xsd);
    }
}
