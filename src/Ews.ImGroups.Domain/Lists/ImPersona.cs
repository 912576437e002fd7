using Ews.ImGroups.Domain.Ids;

namespace Ews.ImGroups.Domain.Lists;

/// <summary>
/// A person as the list shows them: the contacts of one mailbox linked by their e-mail address, in attribution order
/// (the address book first, then Quick Contacts, then Lync Contacts, each by age). A contact without an e-mail address
/// is a persona of its own.
/// </summary>
public sealed record ImPersona(long MailboxId, IReadOnlyList<ImContact> Contacts)
{
    /// <summary>Named after its oldest contact, so the id stands while the linked contacts do.</summary>
    public ItemKey Key
    {
        get
        {
            var number = long.MaxValue;
            foreach (var contact in Contacts)
            {
                number = Math.Min(number, contact.Number);
            }

            return new ItemKey(ItemKind.Persona, MailboxId, number);
        }
    }

    /// <summary>The contact whose names the persona shows.</summary>
    public ImContact Primary => Contacts[0];

    /// <summary>When the first of its contacts was made.</summary>
    public DateTimeOffset CreationTime
    {
        get
        {
            var time = DateTimeOffset.MaxValue;
            foreach (var contact in Contacts)
            {
                time = contact.CreatedAt < time ? contact.CreatedAt : time;
            }

            return time;
        }
    }

    /// <summary>
    /// Links contacts into personas, ordered by the primary contact's display name and then by id. Every contact given
    /// ends up in exactly one persona.
    /// </summary>
    public static List<ImPersona> Link(IReadOnlyCollection<ImContact> contacts)
    {
        var byLink = new Dictionary<string, List<ImContact>>(StringComparer.Ordinal);
        var linked = new List<List<ImContact>>(contacts.Count);
        foreach (var contact in contacts)
        {
            if (contact.LinkKey is not { } key)
            {
                linked.Add([contact]);
            }
            else if (byLink.TryGetValue(key, out var persona))
            {
                persona.Add(contact);
            }
            else
            {
                byLink[key] = persona = [contact];
                linked.Add(persona);
            }
        }

        var personas = new List<ImPersona>(linked.Count);
        foreach (var members in linked)
        {
            if (members.Count > 1)
            {
                members.Sort(AttributionOrder);
            }

            personas.Add(new ImPersona(members[0].MailboxId, members));
        }

        personas.Sort((a, b) =>
        {
            var byName = StringComparer.OrdinalIgnoreCase.Compare(a.Primary.Details.DisplayName, b.Primary.Details.DisplayName);
            return byName != 0 ? byName : a.Key.ItemNumber.CompareTo(b.Key.ItemNumber);
        });
        return personas;
    }

    private static int AttributionOrder(ImContact a, ImContact b) =>
        a.Folder != b.Folder ? a.Folder.CompareTo(b.Folder) : a.Number.CompareTo(b.Number);
}
