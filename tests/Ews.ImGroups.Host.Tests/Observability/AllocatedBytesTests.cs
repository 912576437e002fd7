using System.Globalization;
using System.Net;
using Ews.ImGroups.Host.Observability;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Observability;

/// <summary>The allocation counter a benchmark reads: absent unless the setting asks for it.</summary>
public sealed class AllocatedBytesTests
{
    [Fact]
    public async Task The_route_is_not_there_by_default()
    {
        using var server = new EwsServer();
        using var client = server.CreateEwsClient();

        using var response = await client.Http.GetAsync(DiagnosticsEndpoints.AllocatedBytes);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Switched_on_it_answers_a_count_that_grows_with_requests()
    {
        using var server = new EwsServer(new Dictionary<string, string?> { [$"{DiagnosticsOptions.SectionName}:ExposeAllocatedBytes"] = "true" });
        using var client = server.CreateEwsClient();

        var before = await AllocatedBytesAsync(client);
        await client.PostAsync(Requests.AddImGroup("Allocating"));
        var after = await AllocatedBytesAsync(client);

        before.Should().BePositive();
        after.Should().BeGreaterThan(before);
    }

    private static async Task<long> AllocatedBytesAsync(EwsClient client)
    {
        using var response = await client.Http.GetAsync(DiagnosticsEndpoints.AllocatedBytes);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        return long.Parse(await response.Content.ReadAsStringAsync(), NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
