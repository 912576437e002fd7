using System.Net;
using System.Text.RegularExpressions;

namespace Ews.ImGroups.Host.Tests.Dashboard;

/// <summary>Picks parts out of the dashboard's HTML, which is regular enough for plain text search.</summary>
public static partial class Markup
{
    /// <summary>The table row that holds <paramref name="marker"/>.</summary>
    public static string Row(string html, string marker)
    {
        var at = html.IndexOf(marker, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, $"the page should hold {marker}");
        var start = html.LastIndexOf("<tr>", at, StringComparison.Ordinal);
        var end = html.IndexOf("</tr>", at, StringComparison.Ordinal);
        return html[start..end];
    }

    /// <summary>The body rows of the table with the class, in page order; none when the page has no such table.</summary>
    public static List<string> Rows(string html, string tableClass)
    {
        var table = html.IndexOf($"<table class=\"{tableClass}\">", StringComparison.Ordinal);
        if (table < 0)
        {
            return [];
        }

        var body = html[html.IndexOf("<tbody>", table, StringComparison.Ordinal)..html.IndexOf("</tbody>", table, StringComparison.Ordinal)];
        return body.Split("<tr>", StringSplitOptions.RemoveEmptyEntries).Where(r => r.Contains("</tr>", StringComparison.Ordinal)).ToList();
    }

    /// <summary>The text of the element with the id, decoded as a browser shows it.</summary>
    public static string TextOf(string html, string id)
    {
        var match = Regex.Match(html, $"<pre id=\"{Regex.Escape(id)}\"><code>(.*?)</code></pre>", RegexOptions.Singleline);
        match.Success.Should().BeTrue($"the page should have a block {id}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Every address the page loads or links to.</summary>
    public static List<string> References(string html) =>
        ReferencePattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    [GeneratedRegex("(?:src|href|action)=\"([^\"]*)\"")]
    private static partial Regex ReferencePattern();
}
