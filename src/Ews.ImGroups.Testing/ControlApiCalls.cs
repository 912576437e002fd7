using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Ews.ImGroups.Testing.Journal;

namespace Ews.ImGroups.Testing;

/// <summary>The few control-API requests this package makes itself: reset, and reading and clearing the journal.</summary>
internal sealed class ControlApiCalls(HttpClient http, Uri controlApi, string? adminToken)
{
    // The control API's JSON is camelCase with enums as names, which web defaults read.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // The control API caps a journal page at this many entries; the journal itself keeps fewer by default.
    private const int JournalPageLimit = 10_000;

    public Task ResetStoreAsync(CancellationToken cancellationToken) => SendAsync(HttpMethod.Post, "/reset", cancellationToken);

    public Task ClearJournalAsync(CancellationToken cancellationToken) => SendAsync(HttpMethod.Delete, "/journal", cancellationToken);

    public Task ClearChaosRulesAsync(CancellationToken cancellationToken) => SendAsync(HttpMethod.Delete, "/chaos", cancellationToken);

    public async Task<IReadOnlyList<JournalRecord>> ListJournalAsync(CancellationToken cancellationToken)
    {
        using var response = await SendCheckedAsync(HttpMethod.Get, $"/journal?limit={JournalPageLimit}", cancellationToken);
        var page = await response.Content.ReadFromJsonAsync<JournalPage>(Json, cancellationToken);
        return page?.Entries ?? [];
    }

    public async Task<JournalRecordDetail> GetJournalEntryAsync(long id, CancellationToken cancellationToken)
    {
        using var response = await SendCheckedAsync(HttpMethod.Get, $"/journal/{id}", cancellationToken);
        return await response.Content.ReadFromJsonAsync<JournalRecordDetail>(Json, cancellationToken)
            ?? throw new InvalidOperationException($"The control API answered journal entry {id} with an empty body.");
    }

    private async Task SendAsync(HttpMethod method, string path, CancellationToken cancellationToken)
    {
        using var response = await SendCheckedAsync(method, path, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendCheckedAsync(HttpMethod method, string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(controlApi + path));
        if (adminToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
        }

        var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            response.Dispose();
            throw new HttpRequestException(
                $"The control API answered {method} {path} with {(int)response.StatusCode} {response.ReasonPhrase}: {body}", inner: null, response.StatusCode);
        }

        return response;
    }

    private sealed record JournalPage(int Count, IReadOnlyList<JournalRecord> Entries);
}
