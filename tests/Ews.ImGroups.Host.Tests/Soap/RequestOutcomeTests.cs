using System.Net;
using Ews.ImGroups.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace Ews.ImGroups.Host.Tests.Soap;

/// <summary>The log line, the journal and the metrics tell the same story of a request, whoever answered it.</summary>
public sealed class RequestOutcomeTests : ServerTest
{
    private readonly CapturingSink sink;

    public RequestOutcomeTests()
        : this(new CapturingSink())
    {
    }

    private RequestOutcomeTests(CapturingSink sink)
        : base(services: s => s.AddSingleton<ILogEventSink>(sink)) => this.sink = sink;

    [Fact]
    public async Task Server_busy_answered_by_a_chaos_rule_shows_its_code_in_log_journal_and_metrics()
    {
        (await AdminHttp.PostAsync(Client.Http, "/admin/api/chaos", new { effect = "ServerBusy", operation = "AddImGroup", times = 1 }))
            .Status.Should().Be(HttpStatusCode.Created);

        (await Client.PostAsync(Requests.AddImGroup("Busy"))).ResponseCode.Should().Be("ErrorServerBusy");

        var line = await RequestLog.LineAsync(sink);
        RequestLog.Property(line, "Operation").Should().Be("AddImGroup");
        RequestLog.Property(line, "Mailbox").Should().Be(Users.Alice);
        RequestLog.Property(line, "ResponseClass").Should().Be("Error");
        RequestLog.Property(line, "ResponseCode").Should().Be("ErrorServerBusy");
        RequestLog.Property(line, "StatusCode").Should().Be("500");

        var (_, journal) = await AdminHttp.GetAsync(Client.Http, "/admin/api/journal");
        var entry = journal.GetProperty("entries")[0];
        entry.GetProperty("operation").GetString().Should().Be("AddImGroup");
        entry.GetProperty("responseClass").GetString().Should().Be("Error");
        entry.GetProperty("responseCode").GetString().Should().Be("ErrorServerBusy");
        entry.GetProperty("status").GetInt32().Should().Be(500);

        var metrics = await PrometheusText.ScrapeAsync(Client.Http);
        metrics.Value("ews_requests_total", ("operation", "AddImGroup"), ("code", "ErrorServerBusy"), ("status", "500")).Should().Be(1);
    }
}
