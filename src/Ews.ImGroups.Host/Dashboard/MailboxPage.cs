using Ews.ImGroups.Host.Admin;
using Ews.ImGroups.Storage;

namespace Ews.ImGroups.Host.Dashboard;

/// <summary>One mailbox's IM list as an EWS client sees it: groups with their members, personas with their ids.</summary>
internal static class MailboxPage
{
    public static Markup Render(MailboxSummary mailbox, ImListView list, string returnTo)
    {
        var html = new Html().Add($"""
            <h1>{mailbox.DisplayName ?? mailbox.SmtpAddress} <small>{mailbox.SmtpAddress}</small></h1>
            <div class="actions">
              {Layout.ActionForm(DashboardPaths.MailboxReset(mailbox.SmtpAddress), "Reset this mailbox", returnTo)}
              <a href="{DashboardPaths.JournalFor(mailbox.SmtpAddress)}">Journal of this mailbox</a>
            </div>
            <dl class="facts">
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
        var names = list.Personas.ToDictionary(p => p.ContactId, p => p.DisplayName, StringComparer.Ordinal);
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
            <thead><tr><th>Persona</th><th>Addresses</th><th>Ids</th></tr></thead>
            <tbody>
            """);
        foreach (var persona in personas)
        {
            var name = string.Join(' ', new[] { persona.GivenName, persona.Surname }.Where(n => !string.IsNullOrEmpty(n)));
            html.Add($"""
                <tr>
                <td><strong>{persona.DisplayName}</strong>{(name.Length > 0 && name != persona.DisplayName ? Html.Of($"<br>{name}") : Markup.Empty)}{(persona.QuickContact ? Html.Of($"""<br><span class="badge">quick contact</span>""") : Markup.Empty)}</td>
                <td><dl class="ids">
                <dt>IM</dt><dd>{Show.Text(persona.ImAddress)}</dd>
                <dt>E-mail</dt><dd>{Show.Text(persona.EmailAddress)}</dd>
                <dt>Tel</dt><dd>{Show.Text(persona.TelUriAddress)}</dd>
                </dl></td>
                <td><dl class="ids">
                <dt>Persona id</dt><dd><code>{persona.PersonaId}</code></dd>
                <dt>Contact id</dt><dd><code>{persona.ContactId}</code></dd>
                <dt>Change key</dt><dd><code>{persona.ChangeKey}</code></dd>
                </dl></td>
                </tr>
                """);
        }

        html.Add($"</tbody></table>");
    }
}
