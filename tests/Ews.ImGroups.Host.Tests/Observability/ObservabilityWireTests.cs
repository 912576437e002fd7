using System.Net;
using Ews.ImGroups.Host.Tests.Infrastructure;

namespace Ews.ImGroups.Host.Tests.Observability;

/// <summary>Liveness, readiness and Prometheus metrics, as containers and monitoring read them.</summary>
public sealed class ObservabilityWireTests() : ServerTest()
{
    [Theory]
    [InlineData("/livez")]
    [InlineData("/readyz")]
    [InlineData("/health")]
    public async Task Probes_report_healthy(string path)
    {
        using var response = await Client.Http.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }

    [Fact]
    public async Task Metrics_count_requests_by_operation_code_and_status_and_time_them()
    {
        await Client.PostAsync(Requests.AddImGroup("Counted"));
        await Client.PostAsync(Requests.AddImGroup("counted"));
        await Client.PostAsync(Requests.AddImGroup(string.Empty));
        using (var anonymous = new HttpRequestMessage(HttpMethod.Post, EwsClient.Endpoint)
        {
            Content = new StringContent(Requests.AddImGroup("x"), System.Text.Encoding.UTF8, "text/xml"),
        })
        {
            (await Client.Http.SendAsync(anonymous)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        using var response = await Client.Http.GetAsync("/metrics");
        var metrics = await response.Content.ReadAsStringAsync();

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        metrics.Should().Contain("ews_requests_total{operation=\"AddImGroup\",code=\"NoError\",status=\"200\"} 1\n")
            .And.Contain("ews_requests_total{operation=\"AddImGroup\",code=\"ErrorImGroupDisplayNameAlreadyExists\",status=\"200\"} 1\n")
            .And.Contain("ews_requests_total{operation=\"-\",code=\"ErrorSchemaValidation\",status=\"500\"} 1\n")
            .And.Contain("ews_requests_total{operation=\"-\",code=\"-\",status=\"401\"} 1\n")
            .And.Contain("ews_request_duration_seconds_count{operation=\"AddImGroup\"} 2\n")
            .And.Contain("ews_request_duration_seconds_bucket{operation=\"AddImGroup\",le=\"+Inf\"} 2\n");
    }
}
