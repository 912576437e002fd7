using System.Globalization;
using System.ServiceModel.Channels;
using System.Xml;

namespace Ews.ImGroups.Host.Common;

/// <summary>The <c>ServerVersionInfo</c> SOAP header, written with the prefixes and declarations Exchange uses.</summary>
public sealed class ServerVersionInfoHeader(ServerVersionOptions version) : MessageHeader
{
    private readonly string majorVersion = Format(version.MajorVersion);
    private readonly string minorVersion = Format(version.MinorVersion);
    private readonly string majorBuildNumber = Format(version.MajorBuildNumber);
    private readonly string minorBuildNumber = Format(version.MinorBuildNumber);

    public override string Name => "ServerVersionInfo";

    public override string Namespace => EwsNamespaces.Types;

    protected override void OnWriteStartHeader(XmlDictionaryWriter writer, MessageVersion messageVersion) => WriteStart(writer);

    /// <summary>
    /// Opens the header element with its attributes; also used for answers written without SoapCore, which close it
    /// themselves.
    /// </summary>
    public void WriteStart(XmlWriter writer)
    {
        writer.WriteStartElement("h", Name, Namespace);
        writer.WriteAttributeString(nameof(version.MajorVersion), majorVersion);
        writer.WriteAttributeString(nameof(version.MinorVersion), minorVersion);
        writer.WriteAttributeString(nameof(version.MajorBuildNumber), majorBuildNumber);
        writer.WriteAttributeString(nameof(version.MinorBuildNumber), minorBuildNumber);
        writer.WriteAttributeString(nameof(version.Version), version.Version);

        // Declared here rather than left to the writer, which would put it last; Exchange puts it first.
        writer.WriteAttributeString("xmlns", "h", null, Namespace);
        writer.WriteAttributeString("xmlns", string.Empty, null, EwsNamespaces.Types);
        writer.WriteAttributeString("xmlns", "xsd", null, EwsNamespaces.Xsd);
        writer.WriteAttributeString("xmlns", "xsi", null, EwsNamespaces.Xsi);
    }

    protected override void OnWriteHeaderContents(XmlDictionaryWriter writer, MessageVersion messageVersion)
    {
    }

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
