namespace Ews.ImGroups.Host.Dashboard;

/// <summary>The frame around every dashboard page: head, navigation, the live indicator and the global reset.</summary>
internal static class Layout
{
    private const string Brand = "Ews.ImGroups";

    /// <summary>A page a signed-in user sees; <paramref name="version"/> is the change the page shows, for its script.</summary>
    public static HtmlPage Page(HttpRequest request, string title, Markup main, long version, int statusCode = StatusCodes.Status200OK)
    {
        var here = Here(request);
        var header = Html.Of($"""
            <nav>
              {Link(request, DashboardPaths.Home, "Mailboxes")}
              {Link(request, DashboardPaths.Journal, "Journal")}
            </nav>
            <div class="tools">
              <span id="live" class="live" hidden></span>
              {ActionForm(DashboardPaths.ResetAll, "Reset everything", here)}
            </div>
            """);
        return Document(title, header, Html.Of($"""<main data-version="{version}">{main}</main>"""), statusCode, live: true);
    }

    /// <summary>A page outside the signed-in views (sign-in, refusals): no navigation, no script.</summary>
    public static HtmlPage Plain(string title, Markup main, int statusCode) =>
        Document(title, Markup.Empty, Html.Of($"<main>{main}</main>"), statusCode, live: false);

    /// <summary>A button that posts to a dashboard action, which brings the browser back to <paramref name="returnTo"/>.</summary>
    public static Markup ActionForm(string action, string label, string returnTo) => Html.Of($"""
        <form method="post" action="{action}" class="inline"><input type="hidden" name="{DashboardPaths.ReturnField}" value="{returnTo}"><button type="submit" class="danger">{label}</button></form>
        """);

    /// <summary>The body of a page that says why there is nothing to show.</summary>
    public static Markup Problem(string title, string detail) => Html.Of($"""
        <h1>{title}</h1>
        <p>{detail}</p>
        <p><a href="{DashboardPaths.Home}">Back to the mailboxes</a></p>
        """);

    /// <summary>The page's own address, path and query, for forms that come back to it.</summary>
    public static string Here(HttpRequest request) => request.Path + request.QueryString;

    /// <summary>A navigation link, marked when the page is the one it leads to or below it (a mailbox, below the list).</summary>
    private static Markup Link(HttpRequest request, string path, string label) =>
        (path == DashboardPaths.Home
            ? request.Path == DashboardPaths.Home || request.Path.StartsWithSegments(DashboardPaths.Mailboxes, StringComparison.OrdinalIgnoreCase)
            : request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase))
            ? Html.Of($"""<a href="{path}" aria-current="page">{label}</a>""")
            : Html.Of($"""<a href="{path}">{label}</a>""");

    private static HtmlPage Document(string title, Markup header, Markup main, int statusCode, bool live)
    {
        var script = live ? Html.Of($"""<script src="{DashboardPaths.Script}" defer></script>""") : Markup.Empty;
        var events = live ? Html.Of($" data-events=\"{DashboardPaths.Events}\"") : Markup.Empty;
        return new HtmlPage(new Html().Add($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} · {Brand}</title>
            <link rel="stylesheet" href="{DashboardPaths.Styles}">
            {script}
            </head>
            <body{events}>
            <header>
              <a class="brand" href="{DashboardPaths.Home}">{Brand}</a>
              {header}
            </header>
            {main}
            </body>
            </html>
            """).ToString(), statusCode);
    }
}
