using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Ews.ImGroups.Testing.ControlApi;

/// <summary>Requests to the control API, with the admin token when the server has one; failures carry the answer.</summary>
internal sealed class ControlApiCalls(HttpClient http, Uri controlApi, string? adminToken)
{
    // The control API's JSON is camelCase, which web defaults read.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task SendAsync(HttpMethod method, string path, CancellationToken cancellationToken)
    {
        using var response = await SendCheckedAsync(method, path, cancellationToken);
    }

    public async Task<T> GetAsync<T>(string path, CancellationToken cancellationToken)
    {
        using var response = await SendCheckedAsync(HttpMethod.Get, path, cancellationToken);
        return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
            ?? throw new InvalidOperationException($"The control API answered GET {path} with an empty body.");
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
}
