namespace Ews.ImGroups.Host.Observability;

/// <summary>
/// <c>healthcheck</c> mode: asks a running server's health endpoint and exits 0 when it is healthy. Container images
/// of ASP.NET Core carry no curl or wget, so the server binary probes itself.
/// </summary>
public static class HealthProbe
{
    public const string Command = "healthcheck";

    public static async Task<int> RunAsync(string? url)
    {
        var target = new Uri(url ?? $"http://localhost:8080{HealthEndpoints.Health}");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(target);
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return 1;
        }
    }
}
