using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Ews.ImGroups.Host.Tests.Infrastructure;

/// <summary>Calls the control API and reads its JSON answers.</summary>
public static class AdminHttp
{
    public const string ProblemJson = "application/problem+json";

    public static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(HttpClient http, string path) =>
        await ReadAsync(await http.GetAsync(new Uri(path, UriKind.Relative)));

    public static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpClient http, string path, object? body = null) =>
        await ReadAsync(await http.PostAsync(new Uri(path, UriKind.Relative), body is null ? null : JsonContent.Create(body)));

    public static async Task<(HttpStatusCode Status, JsonElement Body)> PostJsonAsync(HttpClient http, string path, string json) =>
        await ReadAsync(await http.PostAsync(new Uri(path, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json")));

    public static async Task<(HttpStatusCode Status, JsonElement Body)> DeleteAsync(HttpClient http, string path) =>
        await ReadAsync(await http.DeleteAsync(new Uri(path, UriKind.Relative)));

    /// <summary>Asserts an RFC 9457 problem with the status and a detail containing <paramref name="detail"/>.</summary>
    public static async Task ShouldBeProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? detail = null)
    {
        response.StatusCode.Should().Be(status);
        response.Content.Headers.ContentType?.MediaType.Should().Be(ProblemJson);
        var text = await response.Content.ReadAsStringAsync();
        text.Should().NotContain("   at ", "problem details never carry stack traces");
        var problem = JsonDocument.Parse(text).RootElement;
        problem.GetProperty("status").GetInt32().Should().Be((int)status);
        problem.GetProperty("title").GetString().Should().NotBeNullOrWhiteSpace();
        if (detail is not null)
        {
            problem.GetProperty("detail").GetString().Should().Contain(detail);
        }
    }

    private static async Task<(HttpStatusCode, JsonElement)> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
        }
    }
}
