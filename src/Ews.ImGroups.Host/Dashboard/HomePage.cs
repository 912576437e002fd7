using System.Globalization;
using Ews.ImGroups.Host.Admin;
using Ews.ImGroups.Host.Chaos;
using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Storage;

namespace Ews.ImGroups.Host.Dashboard;

/// <summary>
/// The start page: the mailboxes a page at a time with the size of their lists, what the server is, and the chaos
/// rules in force. A page at a time, so that a big store neither makes a huge page nor one the live view re-reads whole.
/// </summary>
internal static class HomePage
{
    public const int PageSize = AdminApi.DefaultMailboxLimit;

    public static Markup Render(MailboxListing page, int offset, ServerInfoView server, IReadOnlyList<ChaosRuleState> rules)
    {
        var mailboxes = page.Mailboxes;
        var html = new Html().Add($"<h1>Mailboxes</h1>");
        if (page.Total == 0)
        {
            html.Add($"""<p class="none">No mailboxes. A client that signs in gets one, as does a seed.</p>""");
        }
        else if (mailboxes.Count == 0)
        {
            html.Add($"""<p class="none">No mailboxes from number {offset + 1} on; there are {page.Total}. <a href="{DashboardPaths.Home}">First page</a></p>""");
        }
        else
        {
            Pages(html, page.Total, offset, mailboxes.Count);
            html.Add($"""
                <table>
                <thead><tr><th>Mailbox</th><th>Display name</th><th class="num">Groups</th><th class="num">Contacts</th><th>Migration completed</th><th></th></tr></thead>
                <tbody>
                """);
            foreach (var mailbox in mailboxes)
            {
                html.Add($"""
                    <tr>
                    <td><a href="{DashboardPaths.Mailbox(mailbox.SmtpAddress)}">{mailbox.SmtpAddress}</a></td>
                    <td>{Show.Text(mailbox.DisplayName)}</td>
                    <td class="num">{mailbox.Groups}</td>
                    <td class="num">{mailbox.Contacts}</td>
                    <td>{Show.YesNo(mailbox.ImListMigrationCompleted)}</td>
                    <td><a href="{DashboardPaths.JournalFor(mailbox.SmtpAddress)}">Journal</a></td>
                    </tr>
                    """);
            }

            html.Add($"</tbody></table>");
        }

        var counts = server.Counts;
        var journal = server.Journal;
        html.Add($"""
            <h2>Server</h2>
            <dl class="facts">
            <dt>Version</dt><dd>{server.Version}</dd>
            <dt>Emulates</dt><dd>{server.ExchangeVersion} ({server.ExchangeBuild})</dd>
            <dt>EWS URL</dt><dd><code>{server.EwsUrl}</code></dd>
            <dt>Authentication</dt><dd>{server.Authentication}</dd>
            <dt>Control API and dashboard</dt><dd>{(server.ControlApiProtected ? "admin token required" : "open to anyone who can reach the server")}</dd>
            <dt>Store</dt><dd>{counts.Mailboxes} mailboxes, {counts.Groups} groups, {counts.Contacts} contacts, {counts.DistributionGroups} distribution groups in the directory</dd>
            <dt>Journal</dt><dd><a href="{DashboardPaths.Journal}">{counts.JournalEntries} entries</a> (keeps up to {journal.MaxEntries} for {journal.MaxAge}, {journal.MaxXmlChars} characters of XML each)</dd>
            </dl>
            <h2>Chaos rules in force</h2>
            """);
        return (rules.Count == 0
            ? html.Add($"""<p class="none">None: every request is answered as usual.</p>""")
            : ChaosTable(html, rules)).ToMarkup();
    }

    /// <summary>Which mailboxes the page shows and links to the others, when there are more than fit on one.</summary>
    private static void Pages(Html html, int total, int offset, int shown)
    {
        if (offset == 0 && shown == total)
        {
            return;
        }

        var last = (total - 1) / PageSize * PageSize;
        var previous = Math.Max(0, offset - PageSize);
        var next = offset + PageSize;
        html.Add($"""<nav class="pages" aria-label="Pages"><span>{offset + 1}–{offset + shown} of {total}</span>""");
        if (offset > 0)
        {
            html.Add($""" <a href="{DashboardPaths.HomeFrom(0)}" rel="first">First</a> <a href="{DashboardPaths.HomeFrom(previous)}" rel="prev">Previous</a>""");
        }

        if (next < total)
        {
            html.Add($""" <a href="{DashboardPaths.HomeFrom(next)}" rel="next">Next</a> <a href="{DashboardPaths.HomeFrom(last)}" rel="last">Last</a>""");
        }

        html.Add($"</nav>");
    }

    private static Html ChaosTable(Html html, IReadOnlyList<ChaosRuleState> rules)
    {
        html.Add($"""
            <table>
            <thead><tr><th class="num">#</th><th>Effect</th><th>Operation</th><th>Mailbox</th><th class="num">Chance</th><th class="num">Remaining</th><th class="num">Hits</th></tr></thead>
            <tbody>
            """);
        foreach (var rule in rules)
        {
            var definition = rule.Definition;
            html.Add($"""
                <tr>
                <td class="num">{rule.Id}</td>
                <td>{Effect(definition)}</td>
                <td>{Show.Text(definition.Operation, "any")}</td>
                <td>{Show.Text(definition.Mailbox, "any")}</td>
                <td class="num">{definition.Probability:P0}</td>
                <td class="num">{(rule.Remaining is { } remaining ? remaining.ToString(CultureInfo.InvariantCulture) : "no end")}</td>
                <td class="num">{rule.Hits}</td>
                </tr>
                """);
        }

        return html.Add($"</tbody></table>");
    }

    /// <summary>The effect with the settings that shape it, in the words of the control API's fields.</summary>
    private static string Effect(ChaosRuleDefinition rule)
    {
        var effect = rule.Effect.ToString();
        return rule.Effect switch
        {
            ChaosEffect.Latency when rule.MaxDelayMilliseconds is { } max => $"{effect} {rule.DelayMilliseconds}–{max} ms",
            ChaosEffect.Latency => $"{effect} {rule.DelayMilliseconds} ms",
            ChaosEffect.ServerBusy => $"{effect}, back off {rule.BackOffMilliseconds ?? ChaosRuleDefinition.DefaultBackOffMilliseconds} ms",
            ChaosEffect.ErrorResponse => $"{effect} {rule.ResponseCode}",
            ChaosEffect.SoapFault => $"{effect} {rule.ResponseCode ?? ResponseCodes.ErrorInternalServerError}",
            ChaosEffect.HttpStatus => $"{effect} {rule.StatusCode}",
            _ => effect,
        };
    }
}
