using System.Xml.Linq;

namespace Ews.ImGroups.Host.Tests.Soap.Reference;

/// <summary>
/// Masks what a reference page's example cannot share with a live answer: ids, change keys, times, mailbox GUIDs and
/// build numbers. Everything else stays, to be compared as a whole.
/// </summary>
public static class ReferenceXml
{
    public const string Masked = "*";

    private static readonly XNamespace Types = "http://schemas.microsoft.com/exchange/services/2006/types";

    public static string Mask(string xml)
    {
        var document = XDocument.Parse(xml);
        foreach (var element in document.Descendants())
        {
            foreach (var attribute in element.Attributes().Where(a => a.Name == "Id" || a.Name == "ChangeKey"))
            {
                attribute.Value = Masked;
            }

            if (element.Name == Types + "CreationTime"
                || (element.Name == Types + "Value" && (string?)element.Attribute("Name") == "MailboxGuid"))
            {
                element.Value = Masked;
            }

            if (element.Name == Types + "ServerVersionInfo")
            {
                element.SetAttributeValue("MajorBuildNumber", Masked);
                element.SetAttributeValue("MinorBuildNumber", Masked);
            }
        }

        return document.ToString();
    }
}
