using System.Buffers;
using System.Xml;
using Ews.ImGroups.Domain.Ids;
using Ews.ImGroups.Domain.People;
using Ews.ImGroups.Host.Common;

namespace Ews.ImGroups.Host.Soap;

/// <summary>
/// Writes the personas of a <c>FindPeople</c> page. A persona of the caller's contacts is written as the IM list
/// writes it. A directory entry is a persona of its own, <c>Person</c> for a user and <c>DistributionList</c> for a
/// group, with its display name (in each order, as it has no given name or surname), its e-mail address, and for a
/// user its IM address, which is its SMTP address as a Lync user's SIP address is.
/// </summary>
public sealed class PeopleWriter(ItemIdCodec ids, PersonaWriter personas)
{
    private const string Types = EwsNamespaces.Types;

    public void Write(XmlWriter writer, IReadOnlyList<FoundPerson> people)
    {
        var text = ArrayPool<char>.Shared.Rent(PersonaWriter.CreationTimeLength);
        try
        {
            foreach (var person in people)
            {
                writer.WriteStartElement("Persona", Types);
                if (person.Persona is { } persona)
                {
                    personas.Write(writer, persona, ExtendedField.None, text);
                }
                else
                {
                    WriteEntry(writer, person.Entry!);
                }

                writer.WriteEndElement();
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(text);
        }
    }

    private void WriteEntry(XmlWriter writer, DirectoryEntry entry)
    {
        var isUser = entry.Kind == DirectoryEntryKind.User;
        var name = entry.ShownName;
        writer.WriteStartElement("PersonaId", Types);
        writer.WriteAttributeString("Id", ids.EncodeId(entry.Key));
        writer.WriteEndElement();
        writer.WriteElementString("PersonaType", Types, isUser ? "Person" : "DistributionList");
        writer.WriteElementString("DisplayName", Types, name);
        writer.WriteElementString("DisplayNameFirstLast", Types, name);
        writer.WriteElementString("DisplayNameLastFirst", Types, name);
        writer.WriteStartElement("EmailAddress", Types);
        writer.WriteElementString("Name", Types, name);
        writer.WriteElementString("EmailAddress", Types, entry.SmtpAddress);
        writer.WriteElementString("RoutingType", Types, PersonaWriter.SmtpRoutingType);
        writer.WriteElementString("MailboxType", Types, isUser ? "Mailbox" : "PublicDL");
        writer.WriteEndElement();
        if (isUser)
        {
            writer.WriteElementString("ImAddress", Types, entry.SmtpAddress);
        }

        writer.WriteElementString("RelevanceScore", Types, PersonaWriter.UnrankedRelevance);
    }
}
