namespace Ews.ImGroups.Host.Dashboard;

/// <summary>The sign-in form, shown instead of a page while the admin token is missing.</summary>
internal static class LoginPage
{
    public const string TokenField = "token";

    public static HtmlPage Render(bool refused, int statusCode)
    {
        var error = refused ? Html.Of($"""<p class="notice error">That is not the admin token.</p>""") : Markup.Empty;
        return Layout.Plain("Sign in", Html.Of($"""
            <h1>Sign in</h1>
            <p>This server's control API and dashboard are protected by the admin token (<code>Ews:Admin:Token</code>).</p>
            {error}
            <form method="post" action="{DashboardPaths.Login}" class="signin">
              <label>Admin token <input type="password" name="{TokenField}" autocomplete="current-password" required autofocus></label>
              <button type="submit">Sign in</button>
            </form>
            """), statusCode);
    }
}
