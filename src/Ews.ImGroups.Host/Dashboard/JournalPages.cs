using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Host.Journal;

namespace Ews.ImGroups.Host.Dashboard;

/// <summary>The journal: recent exchanges newest first, and one exchange with its XML.</summary>
internal static class JournalPages
{
    public static Markup RenderList(JournalFilter filter, IReadOnlyList<JournalEntry> entries, int total, string returnTo)
    {
        var html = new Html().Add($"""
            <h1>Journal</h1>
            <form method="get" action="{DashboardPaths.Journal}" class="filter">
              <label>Mailbox <input name="mailbox" value="{filter.Mailbox}" placeholder="any"></label>
              <label>Operation <select name="operation"><option value="">any</option>
            """);
        foreach (var operation in EwsOperations.All.Order(StringComparer.Ordinal))
        {
            var selected = string.Equals(operation, filter.Operation, StringComparison.OrdinalIgnoreCase) ? new Markup(" selected") : Markup.Empty;
            html.Add($"""<option{selected}>{operation}</option>""");
        }

        html.Add($"""
            </select></label>
              <label>Response code <input name="code" value="{filter.ResponseCode}" placeholder="any"></label>
              <button type="submit">Filter</button>
              <a href="{DashboardPaths.Journal}">Show all</a>
            </form>
            <div class="actions">
              <span>{entries.Count} of {total} entries shown, newest first.</span>
              {Layout.ActionForm(DashboardPaths.JournalClear, "Clear journal", returnTo)}
            </div>
            """);
        if (entries.Count == 0)
        {
            return html.Add($"""<p class="none">No exchanges recorded{(total > 0 ? " that match" : string.Empty)}.</p>""").ToMarkup();
        }

        html.Add($"""
            <table class="journal">
            <thead><tr><th class="num">#</th><th>Time (UTC)</th><th>Replica</th><th>Mailbox</th><th>Operation</th><th>Response</th><th class="num">HTTP</th><th class="num">ms</th><th>Chaos</th></tr></thead>
            <tbody>
            """);
        foreach (var entry in entries)
        {
            html.Add($"""
                <tr>
                <td class="num"><a href="{DashboardPaths.JournalEntry(entry.Id)}">{entry.Id}</a></td>
                <td>{Show.Time(entry.Time)}</td>
                <td>{entry.Replica}</td>
                <td>{Show.Text(entry.Mailbox)}</td>
                <td><a href="{DashboardPaths.JournalEntry(entry.Id)}">{entry.Operation}</a></td>
                <td>{Response(entry)}</td>
                <td class="num">{entry.Status}</td>
                <td class="num">{entry.DurationMs:0.0}</td>
                <td>{Show.Text(entry.Injected)}</td>
                </tr>
                """);
        }

        return html.Add($"</tbody></table>").ToMarkup();
    }

    public static Markup RenderEntry(JournalEntry entry)
    {
        var mailbox = entry.Mailbox is { } address
            ? Html.Of($"""<a href="{DashboardPaths.Mailbox(address)}">{address}</a>""")
            : Show.Text(null);
        var html = new Html().Add($"""
            <p><a href="{DashboardPaths.Journal}">← Journal</a></p>
            <h1>{entry.Operation} <small>#{entry.Id}</small></h1>
            <dl class="facts">
            <dt>Time (UTC)</dt><dd>{Show.Time(entry.Time)}</dd>
            <dt>Replica</dt><dd>{entry.Replica}</dd>
            <dt>Mailbox</dt><dd>{mailbox}</dd>
            <dt>Response</dt><dd>{Response(entry)}</dd>
            <dt>HTTP status</dt><dd>{entry.Status}</dd>
            <dt>Duration</dt><dd>{entry.DurationMs:0.0} ms</dd>
            <dt>Chaos</dt><dd>{Show.Text(entry.Injected, "none")}</dd>
            </dl>
            <h2>Request headers</h2>
            <dl class="facts headers">
            """);
        foreach (var (name, value) in entry.RequestHeaders.OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase))
        {
            html.Add($"<dt>{name}</dt><dd><code>{value}</code></dd>");
        }

        html.Add($"</dl>");
        if (entry.Truncated)
        {
            html.Add($"""<p class="notice">The exchange was longer than the journal keeps; the XML below is cut short and shown as it was received.</p>""");
        }

        Xml(html, "request", "Request", entry.RequestXml, "Not recorded: the request was refused before its body was read.");
        Xml(html, "response", "Response", entry.ResponseXml, "No response body.");
        return html.ToMarkup();
    }

    private static Markup Response(JournalEntry entry) =>
        Html.Of($"""<span class="{(entry.ResponseClass == ResponseClasses.Success ? "ok" : "bad")}">{entry.ResponseClass} {entry.ResponseCode}</span>""");

    /// <summary>An XML body, indented, with a button that copies it; the text stays selectable without scripts.</summary>
    private static void Xml(Html html, string id, string title, string? xml, string missing)
    {
        html.Add($"""<section class="xml"><div class="xml-head"><h2>{title}</h2>""");
        if (string.IsNullOrEmpty(xml))
        {
            html.Add($"""</div><p class="none">{missing}</p></section>""");
            return;
        }

        html.Add($"""
            <button type="button" class="copy" data-copy="{id}-xml">Copy</button></div>
            <pre id="{id}-xml"><code>{XmlFormatting.Indent(xml)}</code></pre>
            </section>
            """);
    }
}
