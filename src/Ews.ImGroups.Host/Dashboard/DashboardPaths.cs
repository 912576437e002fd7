using System.Globalization;
using Ews.ImGroups.Host.Admin;

namespace Ews.ImGroups.Host.Dashboard;

/// <summary>Every address the dashboard serves or links to.</summary>
public static class DashboardPaths
{
    public const string Home = "/";
    public const string Login = "/login";
    public const string ResetAll = Reset;
    public const string Mailboxes = "/mailboxes";
    public const string MailboxRoute = Mailboxes + "/{address}";
    public const string MailboxResetRoute = MailboxRoute + Reset;
    public const string Journal = "/journal";
    public const string JournalEntryRoute = Journal + "/{id:long}";
    public const string JournalClear = Journal + "/clear";
    public const string Assets = "/dashboard-assets";
    public const string AssetRoute = Assets + "/{name}";
    public const string Styles = Assets + "/" + DashboardAssets.StylesName;
    public const string Script = Assets + "/" + DashboardAssets.ScriptName;

    /// <summary>Where the page's script listens for changes: the control API's event stream.</summary>
    public const string Events = AdminApi.EventsPath;

    /// <summary>The query parameter that says where the start page's part of the mailbox list begins.</summary>
    public const string OffsetParameter = "offset";

    /// <summary>The name of the hidden field through which a form says which page to go back to.</summary>
    public const string ReturnField = "return";

    private const string Reset = "/reset";

    /// <summary>The start page showing the mailbox list from <paramref name="offset"/> on.</summary>
    public static string HomeFrom(int offset) =>
        offset == 0 ? Home : string.Create(CultureInfo.InvariantCulture, $"{Home}?{OffsetParameter}={offset}");

    public static string Mailbox(string address) => $"{Mailboxes}/{Escape(address)}";

    public static string MailboxReset(string address) => Mailbox(address) + Reset;

    /// <summary>An address's photo, as the control API serves it.</summary>
    public static string Photo(string address) => $"{AdminApi.Path}{AdminApi.PhotosSegment}/{Escape(address)}";

    public static string JournalEntry(long id) => string.Create(CultureInfo.InvariantCulture, $"{Journal}/{id}");

    public static string JournalFor(string mailbox) => $"{Journal}?mailbox={Escape(mailbox)}";

    /// <summary>
    /// Whether a form's return address is a path of this server: a rooted path, never <c>//host</c> or <c>/\host</c>,
    /// which browsers read as another site.
    /// </summary>
    public static bool IsLocal(string? path) =>
        path is ['/', ..] && !path.StartsWith("//", StringComparison.Ordinal) && !path.StartsWith("/\\", StringComparison.Ordinal)
        && Uri.IsWellFormedUriString(path, UriKind.Relative);

    /// <summary>Escapes a value for a path segment or query value, leaving the <c>@</c> of addresses readable.</summary>
    private static string Escape(string value) => Uri.EscapeDataString(value).Replace("%40", "@", StringComparison.Ordinal);
}
