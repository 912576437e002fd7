using System.Net;
using Ews.ImGroups.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Ews.ImGroups.Host.Tests.Dashboard;

/// <summary>Reads dashboard pages and posts its forms as a browser would, without following redirects.</summary>
public sealed class DashboardClient(EwsServer server) : IDisposable
{
    /// <summary>The origin of the in-process server's client, which the server sees as its own.</summary>
    public const string Origin = "http://localhost";

    private readonly HttpClient http = server.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public async Task<Page> GetAsync(string path, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return await SendAsync(request);
    }

    /// <summary>Posts a form; the Origin header is this server's unless told otherwise, and left out when null.</summary>
    public async Task<Page> PostAsync(
        string path, IReadOnlyDictionary<string, string>? fields = null, string? origin = Origin, string? referer = null, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields ?? new Dictionary<string, string>()) };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (referer is not null)
        {
            request.Headers.Referrer = new Uri(referer);
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return await SendAsync(request);
    }

    public void Dispose() => http.Dispose();

    private async Task<Page> SendAsync(HttpRequestMessage request)
    {
        using var response = await http.SendAsync(request);
        return new Page(
            response.StatusCode,
            await response.Content.ReadAsStringAsync(),
            response.Headers.Location?.OriginalString,
            response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies.ToList() : [],
            response.Content.Headers.ContentType?.ToString(),
            response.Headers.TryGetValues("Content-Security-Policy", out var policy) ? policy.Single() : null);
    }

    public sealed record Page(
        HttpStatusCode Status, string Html, string? Location, IReadOnlyList<string> SetCookies, string? ContentType, string? ContentSecurityPolicy)
    {
        /// <summary>The page's &lt;main&gt;, which is what a page shows beyond its frame.</summary>
        public string Main => Html[Html.IndexOf("<main", StringComparison.Ordinal)..(Html.IndexOf("</main>", StringComparison.Ordinal) + "</main>".Length)];
    }
}
