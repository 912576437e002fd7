using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Ews.ImGroups.Admin.Wire;

namespace Ews.ImGroups.Admin;

/// <summary>
/// The control API of an Ews.ImGroups server: mailboxes, IM lists with their ids, seed, reset, export and import,
/// photos, the journal, chaos rules and the change stream. Each method sends one request (listed in
/// <see cref="Routes"/>); a refusal comes as <see cref="EwsImGroupsAdminException"/>. The client does not own
/// <paramref name="httpClient"/> and is safe to share between threads.
/// </summary>
public sealed class EwsImGroupsAdminClient(HttpClient httpClient, EwsImGroupsAdminClientOptions options)
{
    private const string ChangeEvent = "change";

    private readonly HttpClient http = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
    private readonly EwsImGroupsAdminClientOptions options = Validated(options);
    private readonly Uri root = RootOf(options.BaseAddress);

    /// <summary>Every request this client sends, each with the method that sends it.</summary>
    public static IReadOnlyList<AdminRoute> Routes => AdminRoutes.All;

    public EwsImGroupsAdminClientOptions Options => options;

    /// <summary>The server's version, emulated Exchange build, authentication mode, counts and journal limits.</summary>
    public Task<ServerInfo> GetServerAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(AdminRoutes.Server, AdminRoutes.Server.Path(), null, AdminJson.Default.ServerInfo, cancellationToken);

    /// <summary>A page of the mailboxes in address order; the server's defaults are offset 0 and limit 100 (at most 1000).</summary>
    public Task<MailboxPage> ListMailboxesAsync(int? offset = null, int? limit = null, CancellationToken cancellationToken = default) =>
        ReadAsync(
            AdminRoutes.ListMailboxes,
            AdminRoutes.ListMailboxes.Path() + Query(("offset", Number(offset)), ("limit", Number(limit))),
            null,
            AdminJson.Default.MailboxPage,
            cancellationToken);

    /// <summary>Creates a mailbox with its system groups; <c>409</c> when it exists.</summary>
    public Task<Mailbox> CreateMailboxAsync(NewMailbox mailbox, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        return ReadAsync(
            AdminRoutes.CreateMailbox,
            AdminRoutes.CreateMailbox.Path(),
            JsonContent.Create(mailbox, AdminJson.Default.NewMailbox),
            AdminJson.Default.Mailbox,
            cancellationToken);
    }

    /// <summary>One mailbox; <c>404</c> when there is none.</summary>
    public Task<Mailbox> GetMailboxAsync(string address, CancellationToken cancellationToken = default) =>
        ReadAsync(AdminRoutes.GetMailbox, AdminRoutes.GetMailbox.Path(Address(address)), null, AdminJson.Default.Mailbox, cancellationToken);

    /// <summary>Deletes a mailbox with everything in it (and in Strict mode its account, until the next reset).</summary>
    public Task DeleteMailboxAsync(string address, CancellationToken cancellationToken = default) =>
        SendAsync(AdminRoutes.DeleteMailbox, AdminRoutes.DeleteMailbox.Path(Address(address)), null, cancellationToken);

    /// <summary>A mailbox's IM list with the group, persona and contact ids an EWS client sees.</summary>
    public Task<ImList> GetImListAsync(string address, CancellationToken cancellationToken = default) =>
        ReadAsync(AdminRoutes.GetImList, AdminRoutes.GetImList.Path(Address(address)), null, AdminJson.Default.ImList, cancellationToken);

    /// <summary>
    /// Adds contacts and groups to an existing mailbox, as a seed file's mailbox entry holds them; a group may name
    /// contacts the mailbox already has. Nothing changes when the server refuses them.
    /// </summary>
    public Task AddToImListAsync(
        string address, IReadOnlyList<SeedContact>? contacts, IReadOnlyList<SeedGroup>? groups = null, CancellationToken cancellationToken = default)
    {
        var entry = new SeedMailbox(Address(address), Contacts: contacts, Groups: groups);
        return SendAsync(
            AdminRoutes.AddToImList, AdminRoutes.AddToImList.Path(entry.SmtpAddress), JsonContent.Create(entry, AdminJson.Default.SeedMailbox), cancellationToken);
    }

    /// <summary>Empties a mailbox's IM list and loads its seed entry again; the mailbox keeps its address and SID.</summary>
    public Task ResetMailboxAsync(string address, CancellationToken cancellationToken = default) =>
        SendAsync(AdminRoutes.ResetMailbox, AdminRoutes.ResetMailbox.Path(Address(address)), null, cancellationToken);

    /// <summary>Adds a seed document's mailboxes, contacts, groups, distribution groups and photos to the store.</summary>
    public Task SeedAsync(SeedDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return SendAsync(AdminRoutes.Seed, AdminRoutes.Seed.Path(), JsonContent.Create(document, AdminJson.Default.SeedDocument), cancellationToken);
    }

    /// <summary>Brings the store back to the start-up seed and the configured accounts; the journal and chaos rules stay.</summary>
    public Task ResetAsync(CancellationToken cancellationToken = default) =>
        SendAsync(AdminRoutes.Reset, AdminRoutes.Reset.Path(), null, cancellationToken);

    /// <summary>The whole store as a seed document, with its id key and photos.</summary>
    public Task<SeedDocument> ExportAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(AdminRoutes.Export, AdminRoutes.Export.Path(), null, AdminJson.Default.SeedDocument, cancellationToken);

    /// <summary>Replaces the whole store with a seed document; nothing changes when the server refuses it.</summary>
    public Task ImportAsync(SeedDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return SendAsync(AdminRoutes.Import, AdminRoutes.Import.Path(), JsonContent.Create(document, AdminJson.Default.SeedDocument), cancellationToken);
    }

    /// <summary>The photo of an e-mail address as GetUserPhoto serves it; <c>404</c> when there is none.</summary>
    public async Task<UserPhoto> GetPhotoAsync(string address, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(AdminRoutes.GetPhoto, AdminRoutes.GetPhoto.Path(Address(address)), null, HttpCompletionOption.ResponseContentRead, cancellationToken)
            .ConfigureAwait(false);
        return new UserPhoto(
            response.Content.Headers.ContentType?.MediaType ?? string.Empty,
            response.Headers.ETag?.ToString(),
            await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Sets the photo of any e-mail address: a JPEG, PNG or GIF image of at most 512 KiB, labelled with its type.</summary>
    public Task<PhotoInfo> SetPhotoAsync(string address, byte[] content, string contentType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return ReadAsync(AdminRoutes.SetPhoto, AdminRoutes.SetPhoto.Path(Address(address)), body, AdminJson.Default.PhotoInfo, cancellationToken);
    }

    /// <summary>Removes the photo of an address; <c>404</c> when there is none.</summary>
    public Task DeletePhotoAsync(string address, CancellationToken cancellationToken = default) =>
        SendAsync(AdminRoutes.DeletePhoto, AdminRoutes.DeletePhoto.Path(Address(address)), null, cancellationToken);

    /// <summary>Recent SOAP exchanges, newest first, without their XML, filtered by <paramref name="query"/>.</summary>
    public Task<JournalPage> QueryJournalAsync(JournalQuery? query = null, CancellationToken cancellationToken = default)
    {
        var filter = query ?? new JournalQuery();
        var parameters = Query(
            ("mailbox", filter.Mailbox),
            ("operation", filter.Operation),
            ("code", filter.ResponseCode),
            ("since", filter.Since?.ToString("O", CultureInfo.InvariantCulture)),
            ("limit", Number(filter.Limit)));
        return ReadAsync(AdminRoutes.QueryJournal, AdminRoutes.QueryJournal.Path() + parameters, null, AdminJson.Default.JournalPage, cancellationToken);
    }

    /// <summary>One exchange with its request headers and XML; <c>404</c> when it aged out.</summary>
    public Task<JournalEntry> GetJournalEntryAsync(long id, CancellationToken cancellationToken = default) =>
        ReadAsync(AdminRoutes.GetJournalEntry, AdminRoutes.GetJournalEntry.Path(id: id), null, AdminJson.Default.JournalEntry, cancellationToken);

    /// <summary>Empties the journal.</summary>
    public Task ClearJournalAsync(CancellationToken cancellationToken = default) =>
        SendAsync(AdminRoutes.ClearJournal, AdminRoutes.ClearJournal.Path(), null, cancellationToken);

    /// <summary>The chaos rules in force, in the order they apply.</summary>
    public async Task<IReadOnlyList<ChaosRuleState>> ListChaosRulesAsync(CancellationToken cancellationToken = default) =>
        await ReadAsync(AdminRoutes.ListChaosRules, AdminRoutes.ListChaosRules.Path(), null, AdminJson.Default.ListChaosRuleState, cancellationToken)
            .ConfigureAwait(false);

    /// <summary>Adds a chaos rule and returns it with its id; a rule that could not work gets a <c>400</c> naming the field.</summary>
    public Task<ChaosRuleState> AddChaosRuleAsync(ChaosRule rule, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return ReadAsync(
            AdminRoutes.AddChaosRule,
            AdminRoutes.AddChaosRule.Path(),
            JsonContent.Create(rule, AdminJson.Default.ChaosRule),
            AdminJson.Default.ChaosRuleState,
            cancellationToken);
    }

    /// <summary>Removes one chaos rule; <c>404</c> when there is none (a counted rule leaves once used up).</summary>
    public Task DeleteChaosRuleAsync(int id, CancellationToken cancellationToken = default) =>
        SendAsync(AdminRoutes.DeleteChaosRule, AdminRoutes.DeleteChaosRule.Path(id: id), null, cancellationToken);

    /// <summary>Removes every chaos rule.</summary>
    public Task ClearChaosRulesAsync(CancellationToken cancellationToken = default) =>
        SendAsync(AdminRoutes.ClearChaosRules, AdminRoutes.ClearChaosRules.Path(), null, cancellationToken);

    /// <summary>
    /// The server's change stream: a version number at once, then one each time the journal, the store or the rules
    /// changed (at most a few a second). Runs until cancelled, the loop is left, or the server ends the stream.
    /// </summary>
    public async IAsyncEnumerable<long> WatchChangesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(AdminRoutes.Changes, AdminRoutes.Changes.Path(), null, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
            .ConfigureAwait(false);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), Encoding.UTF8);
        string? eventName = null;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (line.Length == 0)
            {
                eventName = null;
            }
            else if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                eventName = line["event:".Length..].Trim();
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal) && eventName == ChangeEvent
                && long.TryParse(line["data:".Length..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                yield return version;
            }
        }
    }

    private async Task<T> ReadAsync<T>(AdminRoute route, string path, HttpContent? content, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(route, path, content, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadFromJsonAsync(type, cancellationToken).ConfigureAwait(false)
            ?? throw new JsonException($"{route.Method} {route.Template} answered null.");
    }

    private async Task SendAsync(AdminRoute route, string path, HttpContent? content, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(route, path, content, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendAsync(
        AdminRoute route, string path, HttpContent? content, HttpCompletionOption completion, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), new Uri(root, path)) { Content = content };
        if (options.AdminToken is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await http.SendAsync(request, completion, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await RefusalAsync(response, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The exception for a refusal: the problem details when the server sent them, else the status and its text.</summary>
    private static async Task<EwsImGroupsAdminException> RefusalAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (response.Content.Headers.ContentType?.MediaType is { } mediaType && mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                if (JsonSerializer.Deserialize(text, AdminJson.Default.Problem) is { } problem)
                {
                    return new EwsImGroupsAdminException(response.StatusCode, problem.Title ?? response.ReasonPhrase, problem.Detail);
                }
            }
            catch (JsonException)
            {
                // Not problem details after all; the status and the text below say what there is.
            }
        }

        return new EwsImGroupsAdminException(response.StatusCode, response.ReasonPhrase, string.IsNullOrWhiteSpace(text) ? null : text.Trim());
    }

    private static string Address(string address)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        return address;
    }

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Query(params (string Name, string? Value)[] parameters)
    {
        var given = parameters.Where(p => p.Value is not null).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}").ToList();
        return given.Count == 0 ? string.Empty : "?" + string.Join('&', given);
    }

    /// <summary>The root with a trailing slash, so the API's relative paths land below a path prefix instead of replacing it.</summary>
    private static Uri RootOf(Uri baseAddress) =>
        baseAddress.AbsoluteUri.EndsWith('/') ? baseAddress : new Uri(baseAddress.AbsoluteUri + "/");

    private static EwsImGroupsAdminClientOptions Validated(EwsImGroupsAdminClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return options;
    }
}
