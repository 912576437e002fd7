using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Host.Admin;
using Ews.ImGroups.Storage;

namespace Ews.ImGroups.Host.Dashboard;

/// <summary>One mailbox's IM list as an EWS client sees it: groups with their members, personas with their ids.</summary>
internal static class MailboxPage
{
    public static Markup Render(MailboxSummary mailbox, ImListView list, bool hasPhoto, string returnTo)
    {
        var html = new Html().Add($"""
            <h1>{mailbox.DisplayName ?? mailbox.SmtpAddress} <small>{mailbox.SmtpAddress}</small></h1>
            <div class="actions">
              {Layout.ActionForm(DashboardPaths.MailboxReset(mailbox.SmtpAddress), "Reset this mailbox", returnTo)}
              <a href="{DashboardPaths.JournalFor(mailbox.SmtpAddress)}">Journal of this mailbox</a>
            </div>
            <dl class="facts">
            <dt>Photo</dt><dd>{(hasPhoto ? Html.Of($"""<img class="photo" src="{DashboardPaths.Photo(mailbox.SmtpAddress)}" alt="Photo of {mailbox.SmtpAddress}" width="48" height="48">""") : Html.Of($"""<span class="none">none</span>"""))}</dd>
            <dt>SID</dt><dd><code>{mailbox.Sid}</code></dd>
            <dt>IM list migration completed</dt><dd>{Show.YesNo(mailbox.ImListMigrationCompleted)}</dd>
            </dl>
            <h2>Groups <span class="badge">{list.Groups.Count}</span></h2>
            """);
        Groups(html, list);
        html.Add($"""<h2>Personas <span class="badge">{list.Personas.Count}</span></h2>""");
        Personas(html, list.Personas);
        return html.ToMarkup();
    }

    private static void Groups(Html html, ImListView list)
    {
        var names = list.Personas.SelectMany(p => p.Contacts).ToDictionary(c => c.ContactId, c => c.DisplayName, StringComparer.Ordinal);
        html.Add($"""
            <table class="groups">
            <thead><tr><th>Group</th><th>Members</th><th>Ids</th></tr></thead>
            <tbody>
            """);
        foreach (var group in list.Groups)
        {
            html.Add($"""
                <tr>
                <td><strong>{group.DisplayName}</strong> <span class="badge">{group.GroupType}</span>{(group.SmtpAddress is { } smtp ? Html.Of($"<br><code>{smtp}</code>") : Markup.Empty)}</td>
                <td>
                """);
            if (group.MemberIds.Count == 0)
            {
                html.Add($"""<span class="none">no members</span>""");
            }
            else
            {
                html.Add($"""<ul class="members">""");
                foreach (var member in group.MemberIds)
                {
                    html.Add($"""<li>{Show.Text(names.GetValueOrDefault(member), "unknown contact")}<br><code>{member}</code></li>""");
                }

                html.Add($"</ul>");
            }

            html.Add($"""
                </td>
                <td><dl class="ids"><dt>Id</dt><dd><code>{group.Id}</code></dd><dt>Change key</dt><dd><code>{group.ChangeKey}</code></dd></dl></td>
                </tr>
                """);
        }

        html.Add($"</tbody></table>");
    }

    private static void Personas(Html html, IReadOnlyList<PersonaView> personas)
    {
        if (personas.Count == 0)
        {
            html.Add($"""<p class="none">No contacts on the list.</p>""");
            return;
        }

        html.Add($"""
            <table class="personas">
            <thead><tr><th>Persona</th><th>Contacts</th><th>Id</th></tr></thead>
            <tbody>
            """);
        foreach (var persona in personas)
        {
            html.Add($"""
                <tr>
                <td><strong>{persona.DisplayName}</strong>{(persona.Contacts.Count > 1 ? Html.Of($"""<br><span class="badge">{persona.Contacts.Count} linked contacts</span>""") : Markup.Empty)}</td>
                <td>
                """);
            foreach (var contact in persona.Contacts)
            {
                var name = string.Join(' ', new[] { contact.GivenName, contact.Surname }.Where(n => !string.IsNullOrEmpty(n)));
                html.Add($"""
                    <p>{contact.DisplayName}{(name.Length > 0 && name != contact.DisplayName ? Html.Of($" ({name})") : Markup.Empty)} <span class="badge">{FolderName(contact.Folder)}</span></p>
                    <dl class="ids">
                    <dt>IM</dt><dd>{Show.Text(contact.ImAddress)}</dd>
                    <dt>E-mail</dt><dd>{Show.Text(contact.EmailAddress)}</dd>
                    <dt>Tel</dt><dd>{Show.Text(contact.TelUriAddress)}</dd>
                    <dt>Phones</dt><dd>{Show.Text(Phones(contact))}</dd>
                    <dt>Contact id</dt><dd><code>{contact.ContactId}</code></dd>
                    <dt>Change key</dt><dd><code>{contact.ChangeKey}</code></dd>
                    </dl>
                    """);
            }

            html.Add($"""
                </td>
                <td><dl class="ids"><dt>Persona id</dt><dd><code>{persona.PersonaId}</code></dd></dl></td>
                </tr>
                """);
        }

        html.Add($"</tbody></table>");
    }

    private static string FolderName(ContactFolder folder) => folder switch
    {
        ContactFolder.QuickContacts => "Quick Contacts",
        ContactFolder.LyncContacts => "Lync Contacts",
        _ => "Contacts",
    };

    private static string? Phones(ContactView contact)
    {
        var phones = string.Join(", ", new[] { contact.BusinessPhone, contact.HomePhone, contact.MobilePhone }.Where(p => p is not null));
        return phones.Length == 0 ? null : phones;
    }
}
