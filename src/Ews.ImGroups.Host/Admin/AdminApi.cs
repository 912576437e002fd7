using System.ComponentModel;
using Ews.ImGroups.Domain.Ids;
using Ews.ImGroups.Domain.Lists;
using Ews.ImGroups.Domain.Mailboxes;
using Ews.ImGroups.Domain.Seeding;
using Ews.ImGroups.Host.Chaos;
using Ews.ImGroups.Host.Common;
using Ews.ImGroups.Host.Identity;
using Ews.ImGroups.Host.Journal;
using Ews.ImGroups.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ews.ImGroups.Host.Admin;

/// <summary>
/// The control API under <c>/admin/api</c>: what a test suite needs to inspect, seed and reset the server, read the
/// journal and steer chaos. Errors are problem details (RFC 9457).
/// </summary>
public static partial class AdminApi
{
    public const string Path = "/admin/api";
    public const string Title = "Ews.ImGroups control API";
    public const string OpenApiPath = Path + "/openapi.json";
    public const string DocsPath = Path + "/docs";
    public const int DefaultJournalLimit = 100;
    public const int MaxJournalLimit = 10_000;
    public const int DefaultMailboxLimit = 100;
    public const int MaxMailboxLimit = 1_000;
    public const string EventsPath = Path + Events;

    private const string Events = "/events";

    public static bool Covers(PathString path) => path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase);

    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder endpoints)
    {
        ReportProtection(
            endpoints.ServiceProvider.GetRequiredService<AdminAccess>(),
            endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AdminApi)));
        endpoints.MapOpenApi(OpenApiPath);
        var api = endpoints.MapGroup(Path)
            .WithMetadata(new HostCheck(OnlyWhileOpen: true, () => Problem(StatusCodes.Status421MisdirectedRequest, "Host name not allowed", HostCheck.Detail)))
            .WithMetadata(new CrossSiteRefusal(AdminAccess.IsCrossSite, () => Problem(StatusCodes.Status403Forbidden, "Cross-site request refused",
                "Changes cannot come from another site's page; send them from code or from this server's dashboard.")))
            .RequireAuthorization(AdminAuthorization.Policy)
            .WithTags("Control API");

        // Handlers answering IResult declare their bodies, so the OpenAPI document describes every answer a client reads.
        api.MapGet("/server", GetServerAsync).WithSummary("Server version, emulated Exchange version, authentication mode and counts.");

        api.MapGet("/mailboxes", ListMailboxesAsync)
            .WithSummary("A page of the mailboxes in address order, each with the size of its IM list, and how many there are in all.");
        api.MapPost("/mailboxes", CreateMailboxAsync).WithSummary("Creates a mailbox; in Strict mode with its password, as an account.")
            .Produces<MailboxView>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/mailboxes/{address}", GetMailboxAsync).WithSummary("One mailbox.").Produces<MailboxView>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapDelete("/mailboxes/{address}", DeleteMailboxAsync).WithSummary("Deletes a mailbox and everything in it.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/mailboxes/{address}/imlist", GetImListAsync).WithSummary("A mailbox's IM list with the ids an EWS client sees.")
            .Produces<ImListView>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/mailboxes/{address}/imlist", SeedImListAsync)
            .WithSummary("Adds contacts and groups to a mailbox in the shape of a seed file's mailbox entry.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/mailboxes/{address}/reset", ResetMailboxAsync).WithSummary("Brings one mailbox back to its seed state.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/seed", SeedAsync).WithSummary("Adds mailboxes, contacts, groups and distribution groups from a seed document.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapPost("/reset", ResetAsync).WithSummary("Brings the whole store back to the seed state.").Produces(StatusCodes.Status204NoContent);
        api.MapGet("/export", ExportAsync).WithSummary("The whole store as a seed document.");
        api.MapPost("/import", ImportAsync).WithSummary("Replaces the whole store with a seed document.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status400BadRequest);
        MapPhotos(api);

        api.MapGet("/journal", ListJournalAsync).WithSummary("Recent SOAP exchanges, newest first, optionally filtered.")
            .Produces<JournalListView>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/journal/{id:long}", GetJournalEntryAsync).WithSummary("One exchange with its request and response XML.")
            .Produces<JournalEntry>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapDelete("/journal", ClearJournalAsync).WithSummary("Empties the journal.");

        api.MapGet("/chaos", ListChaosAsync).WithSummary("The chaos rules in force.");
        api.MapPost("/chaos", AddChaosAsync).WithSummary("Adds a chaos rule.")
            .Produces<ChaosRuleView>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapDelete("/chaos/{id:int}", RemoveChaosAsync).WithSummary("Removes one chaos rule.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapDelete("/chaos", ClearChaosAsync).WithSummary("Removes every chaos rule.");

        api.MapGet(Events, StreamChangesAsync).WithSummary("Server-sent events, one each time the journal, the store or the rules change.")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream");
        return endpoints;
    }

    /// <summary>Says at start-up whether the control API is open, so an exposed server is never a surprise.</summary>
    private static void ReportProtection(AdminAccess access, ILogger logger)
    {
        if (access.Protected)
        {
            LogProtected(logger, Path);
        }
        else
        {
            LogOpen(logger, Path);
        }
    }

    private static async Task<Ok<ServerInfoView>> GetServerAsync(
        HttpRequest request, ServerDescription server, CancellationToken cancellationToken) =>
        TypedResults.Ok(await server.DescribeAsync(request, cancellationToken));

    private static async Task<Results<Ok<MailboxListView>, ProblemHttpResult>> ListMailboxesAsync(
        StoreAdministration store,
        [Description("How many mailboxes, in address order, to skip; 0 when not given.")] int? offset,
        [Description("The most mailboxes to return, from 1 to 1000; 100 when not given.")] int? limit,
        CancellationToken cancellationToken)
    {
        if (offset < 0 || limit is < 1 or > MaxMailboxLimit)
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid page", $"offset must be at least 0, limit between 1 and {MaxMailboxLimit}.");
        }

        var (start, size) = (offset ?? 0, limit ?? DefaultMailboxLimit);
        var page = await store.ListMailboxesAsync(start, size, cancellationToken);
        return TypedResults.Ok(new MailboxListView(page.Total, start, size, page.Mailboxes.Select(View).ToList()));
    }

    private static async Task<IResult> GetMailboxAsync(string address, StoreAdministration store, CancellationToken cancellationToken) =>
        await FindAsync(store, address, cancellationToken) is { } mailbox ? TypedResults.Ok(View(mailbox)) : MailboxNotFound(address);

    private static async Task<IResult> CreateMailboxAsync(
        NewMailbox? body, HttpRequest request, StoreAdministration store, AccountDirectory accounts, CancellationToken cancellationToken)
    {
        if (body is null || !SmtpAddresses.TryNormalize(body.SmtpAddress, out var smtp))
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid mailbox", "smtpAddress must be an e-mail address.");
        }

        var strict = accounts.Mode == AuthenticationMode.Strict;
        if (strict && string.IsNullOrEmpty(body.Password))
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid mailbox", "In Strict mode a new mailbox needs a password.");
        }

        var created = await store.CreateMailboxAsync(smtp, body.DisplayName, cancellationToken);
        if (created is null)
        {
            return Problem(StatusCodes.Status409Conflict, "Mailbox exists", $"A mailbox '{smtp}' already exists.");
        }

        if (strict)
        {
            await accounts.SetAccountAsync(smtp, body.Password!, body.MayImpersonate, cancellationToken);
        }

        return TypedResults.Created($"{request.PathBase}{Path}/mailboxes/{Uri.EscapeDataString(smtp)}", View(created));
    }

    private static async Task<IResult> DeleteMailboxAsync(
        string address, StoreAdministration store, AccountDirectory accounts, ChangeFeed changes, CancellationToken cancellationToken)
    {
        if (!SmtpAddresses.TryNormalize(address, out var smtp) || !await store.DeleteMailboxAsync(smtp, cancellationToken))
        {
            return MailboxNotFound(address);
        }

        await accounts.RemoveAccountAsync(smtp, cancellationToken);
        changes.Notify();
        return TypedResults.NoContent();
    }

    private static async Task<IResult> GetImListAsync(
        string address, StoreAdministration store, IImListStore lists, TenantIdKeys keys, CancellationToken cancellationToken)
    {
        if (await FindAsync(store, address, cancellationToken) is not { } mailbox)
        {
            return MailboxNotFound(address);
        }

        var list = await lists.ReadAsync(mailbox.Id, ImListSelection.Everything, cancellationToken);
        return TypedResults.Ok(ImListView.Of(mailbox, list, keys.Current));
    }

    private static async Task<IResult> SeedImListAsync(
        string address, SeedMailbox? body, StoreAdministration store, ChangeFeed changes, CancellationToken cancellationToken)
    {
        if (!SmtpAddresses.TryNormalize(address, out var smtp))
        {
            return MailboxNotFound(address);
        }

        if (body is null)
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid seed", "The body must be a seed file's mailbox entry.");
        }

        if (body.SmtpAddress is not null && (!SmtpAddresses.TryNormalize(body.SmtpAddress, out var named) || named != smtp))
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid seed", "smtpAddress, when given, must be the mailbox of the path.");
        }

        return await ApplyAsync(() => store.SeedAsync(new SeedDocument([body with { SmtpAddress = smtp }]), cancellationToken), changes);
    }

    private static async Task<IResult> ResetMailboxAsync(string address, ServerResets resets, CancellationToken cancellationToken) =>
        await resets.ResetMailboxAsync(address, cancellationToken) ? TypedResults.NoContent() : MailboxNotFound(address);

    private static Task<IResult> SeedAsync(SeedDocument? body, StoreAdministration store, ChangeFeed changes, CancellationToken cancellationToken) =>
        body is null
            ? Task.FromResult<IResult>(Problem(StatusCodes.Status400BadRequest, "Invalid seed", "The body must be a seed document."))
            : ApplyAsync(() => store.SeedAsync(body, cancellationToken), changes);

    private static async Task<IResult> ResetAsync(ServerResets resets, CancellationToken cancellationToken)
    {
        await resets.ResetAllAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<SeedDocument>> ExportAsync(StoreAdministration store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ExportAsync(cancellationToken));

    private static Task<IResult> ImportAsync(SeedDocument? body, StoreAdministration store, ChangeFeed changes, CancellationToken cancellationToken) =>
        body is null
            ? Task.FromResult<IResult>(Problem(StatusCodes.Status400BadRequest, "Invalid import", "The body must be a seed document, as an export gives it."))
            : ApplyAsync(() => store.ResetAsync(body, cancellationToken), changes);

    private static async Task<IResult> ListJournalAsync(
        RequestJournal journal, string? mailbox, string? operation, string? code, DateTimeOffset? since, int? limit, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxJournalLimit)
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid filter", $"limit must be between 1 and {MaxJournalLimit}.");
        }

        var entries = await journal.ListAsync(new JournalFilter(mailbox, operation, code, since, limit ?? DefaultJournalLimit), cancellationToken);
        return TypedResults.Ok(new JournalListView(await journal.CountAsync(cancellationToken), entries.Select(e => e.Summary()).ToList()));
    }

    private static async Task<IResult> GetJournalEntryAsync(long id, RequestJournal journal, CancellationToken cancellationToken) =>
        await journal.FindAsync(id, cancellationToken) is { } entry
            ? TypedResults.Ok(entry)
            : Problem(StatusCodes.Status404NotFound, "No such journal entry", $"The journal holds no entry {id}; it may have aged out.");

    private static async Task<NoContent> ClearJournalAsync(RequestJournal journal, CancellationToken cancellationToken)
    {
        await journal.ClearAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<List<ChaosRuleView>>> ListChaosAsync(ChaosRules rules, CancellationToken cancellationToken) =>
        TypedResults.Ok((await rules.ListAsync(cancellationToken)).Select(ChaosRuleView.Of).ToList());

    private static async Task<IResult> AddChaosAsync(ChaosRuleDefinition? body, HttpRequest request, ChaosRules rules, CancellationToken cancellationToken)
    {
        if (body?.Problem() is { } problem || body is null)
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid chaos rule", body is null ? "The body must be a chaos rule." : body.Problem()!);
        }

        var rule = await rules.AddAsync(body, cancellationToken);
        return TypedResults.Created($"{request.PathBase}{Path}/chaos/{rule.Id}", ChaosRuleView.Of(rule));
    }

    private static async Task<IResult> RemoveChaosAsync(int id, ChaosRules rules, CancellationToken cancellationToken) =>
        await rules.RemoveAsync(id, cancellationToken)
            ? TypedResults.NoContent()
            : Problem(StatusCodes.Status404NotFound, "No such chaos rule", $"There is no chaos rule {id}; a counted rule leaves once used up.");

    private static async Task<NoContent> ClearChaosAsync(ChaosRules rules, CancellationToken cancellationToken)
    {
        await rules.ClearAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// One event per change, at most a few a second, so a watcher under heavy traffic is not flooded. The stream ends
    /// when the watcher leaves or the server stops, so an open dashboard never holds up shutdown.
    /// </summary>
    private static async Task StreamChangesAsync(
        HttpContext context, ChangeFeed changes, IHostApplicationLifetime lifetime, CancellationToken requestAborted)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, lifetime.ApplicationStopping);
        var cancellationToken = ending.Token;
        var seen = changes.Version;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await context.Response.WriteAsync($"event: change\ndata: {seen}\n\n", cancellationToken);
                await context.Response.Body.FlushAsync(cancellationToken);
                await changes.WaitAsync(seen, cancellationToken);
                await Task.Delay(EventSpacing, cancellationToken);
                seen = changes.Version;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The watcher went away or the server is stopping.
        }
    }

    private static readonly TimeSpan EventSpacing = TimeSpan.FromMilliseconds(250);

    private static async Task<MailboxSummary?> FindAsync(StoreAdministration store, string address, CancellationToken cancellationToken) =>
        SmtpAddresses.TryNormalize(address, out var smtp) ? await store.FindMailboxAsync(smtp, cancellationToken) : null;

    /// <summary>Runs a change whose input may be refused, turning the refusal into a problem naming what is wrong.</summary>
    private static async Task<IResult> ApplyAsync(Func<Task> change, ChangeFeed changes)
    {
        try
        {
            await change();
        }
        catch (InvalidDataException e)
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid seed", e.Message);
        }

        changes.Notify();
        return TypedResults.NoContent();
    }

    private static MailboxView View(MailboxSummary m) =>
        new(m.SmtpAddress, m.DisplayName, m.Sid, m.Groups, m.Contacts, m.ImListMigrationCompleted);

    private static ProblemHttpResult MailboxNotFound(string address) =>
        Problem(StatusCodes.Status404NotFound, "No such mailbox", $"There is no mailbox '{address}'.");

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The control API at {Path} and the dashboard are open to anyone who can reach this server; set Ews__Admin__Token to require a token")]
    private static partial void LogOpen(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "The control API at {Path} requires the admin token")]
    private static partial void LogProtected(ILogger logger, string path);
}
