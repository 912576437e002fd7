using System.Globalization;
using Ews.ImGroups.Domain.Ids;
using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Mailboxes;
using Ews.ImGroups.Domain.Photos;
using Ews.ImGroups.Host.Admin;
using Ews.ImGroups.Host.Chaos;
using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Host.Journal;
using Ews.ImGroups.Storage;
using Microsoft.AspNetCore.Authentication;

namespace Ews.ImGroups.Host.Dashboard;

/// <summary>
/// The web dashboard: server-rendered pages over the same services as the control API, readable without scripts, and
/// buttons that are plain forms. Protected by the admin token when one is set; form posts from other sites are refused.
/// </summary>
public static class DashboardEndpoints
{
    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(DashboardPaths.AssetRoute, DashboardAssets.Serve).ExcludeFromDescription();
        endpoints.MapGet(DashboardPaths.Login, ShowLoginAsync).WithMetadata(KnownHost).ExcludeFromDescription();
        endpoints.MapPost(DashboardPaths.Login, LogInAsync).WithMetadata(KnownHost, CrossSite).ExcludeFromDescription();

        // Without the token a page shows the sign-in form instead, with 401.
        var pages = endpoints.MapGroup(string.Empty)
            .WithMetadata(KnownHost, CrossSite, new AdminSignIn(() => LoginPage.Render(refused: false, StatusCodes.Status401Unauthorized)))
            .RequireAuthorization(AdminAuthorization.Policy)
            .ExcludeFromDescription();
        pages.MapGet(DashboardPaths.Home, HomePageAsync);
        pages.MapGet(DashboardPaths.MailboxRoute, MailboxPageAsync);
        pages.MapGet(DashboardPaths.Journal, JournalPageAsync);
        pages.MapGet(DashboardPaths.JournalEntryRoute, JournalEntryPageAsync);
        pages.MapPost(DashboardPaths.ResetAll, ResetAllAsync);
        pages.MapPost(DashboardPaths.MailboxResetRoute, ResetMailboxAsync);
        pages.MapPost(DashboardPaths.JournalClear, ClearJournalAsync);
        return endpoints;
    }

    private static async Task<IResult> HomePageAsync(
        HttpRequest request, ChangeFeed changes, StoreAdministration store, ServerDescription server, ChaosRules chaos, CancellationToken cancellationToken)
    {
        // Read before the data, so a change made while the page is built still reaches the live view.
        var version = changes.Version;

        // A page a link or a hand spelt wrong starts at the beginning rather than failing.
        var offset = int.TryParse(request.Query[DashboardPaths.OffsetParameter], NumberStyles.None, CultureInfo.InvariantCulture, out var given)
            ? given
            : 0;
        var mailboxes = await store.ListMailboxesAsync(offset, HomePage.PageSize, cancellationToken);
        var description = await server.DescribeAsync(request, cancellationToken);
        return Layout.Page(request, "Mailboxes", HomePage.Render(mailboxes, offset, description, await chaos.ListAsync(cancellationToken)), version);
    }

    private static async Task<IResult> MailboxPageAsync(
        string address, HttpRequest request, ChangeFeed changes, StoreAdministration store, IImListStore lists, IUserPhotos photos, TenantIdKeys keys,
        CancellationToken cancellationToken)
    {
        var version = changes.Version;
        if (!SmtpAddresses.TryNormalize(address, out var smtp) || await store.FindMailboxAsync(smtp, cancellationToken) is not { } mailbox)
        {
            return Layout.Page(request, "No such mailbox", Layout.Problem("Not found", $"There is no mailbox '{address}'."), version,
                StatusCodes.Status404NotFound);
        }

        var list = ImListView.Of(mailbox, await lists.ReadAsync(mailbox.Id, ImListSelection.Everything, cancellationToken), keys.Current);
        var hasPhoto = await photos.FindAsync(mailbox.SmtpAddress, cancellationToken) is not null;
        return Layout.Page(request, mailbox.SmtpAddress, MailboxPage.Render(mailbox, list, hasPhoto, Layout.Here(request)), version);
    }

    private static async Task<HtmlPage> JournalPageAsync(
        HttpRequest request, ChangeFeed changes, RequestJournal journal, string? mailbox, string? operation, string? code, CancellationToken cancellationToken)
    {
        var version = changes.Version;
        var filter = new JournalFilter(Given(mailbox), Given(operation), Given(code), null, AdminApi.DefaultJournalLimit);
        var entries = await journal.ListAsync(filter, cancellationToken);
        var total = await journal.CountAsync(cancellationToken);
        return Layout.Page(request, "Journal", JournalPages.RenderList(filter, entries, total, Layout.Here(request)), version);
    }

    private static async Task<HtmlPage> JournalEntryPageAsync(long id, HttpRequest request, ChangeFeed changes, RequestJournal journal, CancellationToken cancellationToken)
    {
        var version = changes.Version;
        return await journal.FindAsync(id, cancellationToken) is { } entry
            ? Layout.Page(request, $"{entry.Operation} #{entry.Id}", JournalPages.RenderEntry(entry), version)
            : Layout.Page(request, "No such entry",
                Layout.Problem("Not found", $"The journal holds no entry {id}; it may have aged out or been cleared."), version,
                StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ResetAllAsync(HttpRequest request, ServerResets resets, CancellationToken cancellationToken)
    {
        await resets.ResetAllAsync(cancellationToken);
        return await BackAsync(request, DashboardPaths.Home, cancellationToken);
    }

    private static async Task<IResult> ResetMailboxAsync(string address, HttpRequest request, ServerResets resets, CancellationToken cancellationToken)
    {
        if (!await resets.ResetMailboxAsync(address, cancellationToken))
        {
            return Layout.Plain("No such mailbox", Layout.Problem("Not found", $"There is no mailbox '{address}' to reset."),
                StatusCodes.Status404NotFound);
        }

        return await BackAsync(request, DashboardPaths.Mailbox(address), cancellationToken);
    }

    private static async Task<IResult> ClearJournalAsync(HttpRequest request, RequestJournal journal, CancellationToken cancellationToken)
    {
        await journal.ClearAsync(cancellationToken);
        return await BackAsync(request, DashboardPaths.Journal, cancellationToken);
    }

    private static async Task<IResult> ShowLoginAsync(HttpContext context, AdminAccess access) =>
        !access.Protected || (await context.AuthenticateAsync(AdminAuthorization.Scheme)).Succeeded
            ? new SeeOther(DashboardPaths.Home)
            : LoginPage.Render(refused: false, StatusCodes.Status200OK);

    private static async Task<IResult> LogInAsync(HttpRequest request, AdminAccess access, CancellationToken cancellationToken)
    {
        if (!access.Protected)
        {
            return new SeeOther(DashboardPaths.Home);
        }

        var form = await FormAsync(request, cancellationToken);
        string? token = form[LoginPage.TokenField];
        if (!access.Matches(token))
        {
            return LoginPage.Render(refused: true, StatusCodes.Status401Unauthorized);
        }

        request.HttpContext.Response.Cookies.Append(AdminAccess.CookieName(request), access.Session!, AdminAccess.CookieOptions(request));
        return new SeeOther(DashboardPaths.Home);
    }

    /// <summary>
    /// Refuses every page and form under a name that is not this server's, token or not: a signed-in browser's cookie
    /// stays with the name it was set for, but an open server has nothing else to tell a rebound name from its own.
    /// </summary>
    private static readonly HostCheck KnownHost = new(OnlyWhileOpen: false,
        () => Layout.Plain("Misdirected", Layout.Problem("Host name not allowed", HostCheck.Detail), StatusCodes.Status421MisdirectedRequest));

    /// <summary>
    /// Refuses a form posted from another site: the cookie would not come along (it is SameSite=Strict), but an open
    /// server has no cookie to protect it, and a page elsewhere must not be able to reset it.
    /// </summary>
    private static readonly CrossSiteRefusal CrossSite = new(
        request => !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
            || SameOrigin.Check(request, request.HttpContext.RequestServices.GetRequiredService<AdminHosts>())),
        () => Layout.Plain("Refused", Layout.Problem("Refused", "This form was not sent from a page of this server."),
            StatusCodes.Status403Forbidden));

    /// <summary>After an action, back to the page the form was on, when it names a page of this server.</summary>
    private static async Task<IResult> BackAsync(HttpRequest request, string fallback, CancellationToken cancellationToken)
    {
        string? back = (await FormAsync(request, cancellationToken))[DashboardPaths.ReturnField];
        return new SeeOther(DashboardPaths.IsLocal(back) ? back! : fallback);
    }

    private static async Task<IFormCollection> FormAsync(HttpRequest request, CancellationToken cancellationToken) =>
        request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : FormCollection.Empty;

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
