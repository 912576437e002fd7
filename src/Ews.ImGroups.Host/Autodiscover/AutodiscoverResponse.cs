using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using Ews.ImGroups.Domain.Mailboxes;

namespace Ews.ImGroups.Host.Autodiscover;

/// <summary>
/// Writes POX Autodiscover answers in Exchange's layout: the Outlook provider's settings, whose protocols point at
/// this server's EWS endpoint, or an error. Both go out with HTTP 200, as Exchange sends them.
/// </summary>
public static class AutodiscoverResponse
{
    private const string ContentType = "text/xml; charset=utf-8";

    /// <summary>Internal (<c>EXCH</c>) and external (<c>EXPR</c>) access: clients take their EWS URL from either.</summary>
    private static readonly string[] Protocols = ["EXCH", "EXPR"];

    /// <summary>Exchange's <c>Id</c> of an error: a hash of the answering server's name.</summary>
    private static readonly string ServerHash = BinaryPrimitives
        .ReadUInt32LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(Environment.MachineName)))
        .ToString(CultureInfo.InvariantCulture);

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false) };

    public static Task WriteSettingsAsync(HttpResponse response, Mailbox mailbox, string ewsUrl, Guid deploymentId) =>
        WriteAsync(response, AutodiscoverSchema.OutlookResponseNamespace, xml =>
        {
            xml.WriteStartElement("User");
            xml.WriteElementString("DisplayName", mailbox.DisplayName ?? mailbox.SmtpAddress);
            xml.WriteElementString(AutodiscoverSchema.LegacyDN, AutodiscoverUser.LegacyDn(mailbox.SmtpAddress));
            xml.WriteElementString("AutoDiscoverSMTPAddress", mailbox.SmtpAddress);
            xml.WriteElementString("DeploymentId", deploymentId.ToString("D"));
            xml.WriteEndElement();

            xml.WriteStartElement("Account");
            xml.WriteElementString("AccountType", "email");
            xml.WriteElementString("Action", "settings");
            foreach (var protocol in Protocols)
            {
                // ASUrl is where the reference tells clients to bind to EWS; EwsUrl is where newer clients look.
                xml.WriteStartElement("Protocol");
                xml.WriteElementString("Type", protocol);
                xml.WriteElementString("ASUrl", ewsUrl);
                xml.WriteElementString("EwsUrl", ewsUrl);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });

    public static Task WriteErrorAsync(HttpResponse response, AutodiscoverError error, DateTimeOffset now) =>
        WriteAsync(response, error.ResponseNamespace, xml =>
        {
            xml.WriteStartElement("Error");
            xml.WriteAttributeString("Time", now.UtcDateTime.ToString("HH:mm:ss.fffffff", CultureInfo.InvariantCulture));
            xml.WriteAttributeString("Id", ServerHash);
            xml.WriteElementString("ErrorCode", error.Code.ToString(CultureInfo.InvariantCulture));
            xml.WriteElementString("Message", error.Message);
            xml.WriteStartElement("DebugData");
            xml.WriteEndElement();
            xml.WriteEndElement();
        });

    /// <summary>Writes the envelope every answer shares; children written without a namespace take the Response's.</summary>
    private static async Task WriteAsync(HttpResponse response, string responseNamespace, Action<XmlWriter> content)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement(AutodiscoverSchema.Autodiscover, AutodiscoverSchema.ResponseNamespace);
            xml.WriteStartElement(AutodiscoverSchema.Response, responseNamespace);
            content(xml);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.ContentLength = buffer.Length;
        await response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), response.HttpContext.RequestAborted);
    }
}
