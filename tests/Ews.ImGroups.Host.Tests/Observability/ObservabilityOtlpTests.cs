using Ews.ImGroups.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace Ews.ImGroups.Host.Tests.Observability;

/// <summary>With an OTLP endpoint configured, metrics and traces go there too; without one, nothing is traced.</summary>
public sealed class ObservabilityOtlpTests
{
    [Fact]
    public async Task Metrics_and_traces_of_requests_and_store_queries_are_exported_to_the_configured_endpoint()
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        using var server = new EwsServer(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = receiver.Url.ToString(),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",

            // Exported soon after the request instead of once a minute and every five seconds.
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "200",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
        });
        using var client = server.CreateEwsClient();

        (await client.PostAsync(Requests.AddImGroup("Exported"))).ResponseCode.Should().Be("NoError");

        (await receiver.ReceivesAsync("metrics", "Ews.ImGroups", "ews_requests", "ews_request_duration", "ews_journal_entries"))
            .Should().BeTrue("the server's meter is exported");
        (await receiver.ReceivesAsync("traces", "Ews.ImGroups", "Microsoft.AspNetCore", "OpenTelemetry.Instrumentation.EntityFrameworkCore"))
            .Should().BeTrue("requests and the store queries they make are traced, under the server's service name");
    }

    [Fact]
    public void Without_an_endpoint_nothing_is_traced()
    {
        using var server = new EwsServer();

        server.Services.GetService<TracerProvider>().Should().BeNull();
    }
}
